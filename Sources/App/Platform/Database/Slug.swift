import Fluent
import Domain

/// Slugs that are unique within a table; the text rule itself is `SlugText` in Domain.
package enum Slug {
    package static func make(_ text: String) -> String { SlugText.make(text) }

    /// A slug not yet used in the model's table, adding -2, -3 … when needed.
    /// `reserved` are slugs a page of the list itself uses (`ny` for the form), never given out.
    package static func unique<M: Model>(_ text: String, on db: any Database, in model: M.Type, reserved: Set<String> = []) async throws -> String {
        let base = make(text)
        var candidate = base
        var number = 2
        func taken(_ slug: String) async throws -> Bool {
            try await reserved.contains(slug) ? true : M.query(on: db).filter(FieldKey("slug"), .equal, slug).count() > 0
        }
        while try await taken(candidate) {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }
}
