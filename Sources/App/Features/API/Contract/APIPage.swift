import Vapor
import Domain

/// One page of a list the API answers with: the items, which page, how many a page, how many in all.
/// Its schema is named after the item's (`Project` → `ProjectList`).
struct APIPage<Item: APIObject>: APIObject {
    var items: [Item]
    var page: Int
    var per: Int
    var total: Int

    static var schemaName: String { Item.schemaName + "List" }
    static var example: Self { .init(items: [Item.example], page: 1, per: 25, total: 1) }
    static var refinements: [String: JSONSchema] {
        ["total": .integer(minimum: 0), "page": .integer(minimum: 1), "per": .integer(minimum: 1, maximum: PageRequest.maximumSize)]
    }
}
