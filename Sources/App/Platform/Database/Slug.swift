import Fluent
import Domain

/// URL-friendly names: "Kultur- och fritidsförvaltningen" → "kultur-och-fritidsforvaltningen".
enum Slug {
    static func make(_ text: String) -> String {
        let folded = text.lowercased()
            .replacingOccurrences(of: "å", with: "a").replacingOccurrences(of: "ä", with: "a")
            .replacingOccurrences(of: "ö", with: "o").replacingOccurrences(of: "é", with: "e")
            .replacingOccurrences(of: "ü", with: "u")
        var slug = ""
        for scalar in folded.unicodeScalars {
            if (scalar >= "a" && scalar <= "z") || (scalar >= "0" && scalar <= "9") {
                slug.unicodeScalars.append(scalar)
            } else if !slug.hasSuffix("-") && !slug.isEmpty {
                slug += "-"
            }
        }
        while slug.hasSuffix("-") { slug.removeLast() }
        return slug.isEmpty ? "namn" : String(slug.prefix(80))
    }

    /// A slug not yet used in the model's table, adding -2, -3 … when needed.
    static func unique<M: Model>(_ text: String, on db: any Database, in model: M.Type) async throws -> String {
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
