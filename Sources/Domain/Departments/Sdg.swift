/// One of the 17 Agenda 2030 goals, by its number.
public struct Sdg: Sendable, Hashable, Codable, Comparable {
    public let number: Int

    public init?(_ number: Int) {
        guard Self.numbers.contains(number) else { return nil }
        self.number = number
    }

    public static let numbers = 1...17
    public static var all: [Sdg] { numbers.compactMap(Sdg.init) }

    public static func < (lhs: Sdg, rhs: Sdg) -> Bool { lhs.number < rhs.number }
}
