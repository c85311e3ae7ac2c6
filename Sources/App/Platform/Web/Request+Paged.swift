import Vapor
import Domain

extension Request {
    /// One page of a list, or "not found" when it is past the last page (see `Paged.isPastEnd`).
    func paged<Item>(items: [Item], page: PageRequest, total: Int, totalIsExact: Bool = true) throws -> Paged<Item> {
        try checked(Paged(items: items, page: page, total: total, totalIsExact: totalIsExact))
    }

    func checked<Item>(_ paged: Paged<Item>) throws -> Paged<Item> {
        guard paged.isPastEnd else { return paged }
        if url.path.hasPrefix("/api/") { throw APIError(.notFound, "page \(paged.page.number) is past the last page", field: "page") }
        throw Abort(.notFound)
    }
}
