import Fluent
import Domain

/// Slugs that are unique within a table; the text rule itself is `SlugText` in Domain.
package enum Slug {
    package static func make(_ text: String) -> String { SlugText.make(text) }

    /// A slug not yet used in the model's table, adding -2, -3 … when needed.
    package static func unique<M: Model>(_ text: String, on db: any Database, in model: M.Type) async throws -> String {
        let base = make(text)
        var candidate = base
        var number = 2
        while try await M.query(on: db).filter(FieldKey("slug"), .equal, candidate).count() > 0 {
            candidate = "\(base)-\(number)"
            number += 1
        }
        return candidate
    }
}
