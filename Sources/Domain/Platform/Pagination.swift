/// Which slice of a list to show. Pages are numbered from 1; the size is bounded so that
/// no request can ask for a whole table.
public struct PageRequest: Sendable, Hashable {
    public static let defaultSize = 25
    public static let maximumSize = 50

    public let number: Int
    public let size: Int

    public init(number: Int?, size: Int? = nil) {
        self.number = max(1, min(number ?? 1, 1_000_000))
        self.size = max(1, min(size ?? Self.defaultSize, Self.maximumSize))
    }

    public var offset: Int { (number - 1) * size }
}

/// One page of a list, with what the pagination control needs.
public struct Paged<Item> {
    public var items: [Item]
    public var page: PageRequest
    public var total: Int
    /// False when counting stopped at a ceiling: there are at least `total` items.
    public var totalIsExact: Bool

    public init(items: [Item], page: PageRequest, total: Int, totalIsExact: Bool = true) {
        self.items = items
        self.page = page
        self.total = total
        self.totalIsExact = totalIsExact
    }

    public var pageCount: Int { max(1, (total + page.size - 1) / page.size) }
    /// A page after the last one: answered as "not found", so endless deep URLs cost nothing.
    public var isPastEnd: Bool { page.number > 1 && items.isEmpty }
    public var hasPrevious: Bool { page.number > 1 }
    public var hasNext: Bool { page.number < pageCount }

    public func map<T>(_ transform: (Item) throws -> T) rethrows -> Paged<T> {
        Paged<T>(items: try items.map(transform), page: page, total: total, totalIsExact: totalIsExact)
    }
}

extension Paged: Sendable where Item: Sendable {}
extension Paged: Equatable where Item: Equatable {}
