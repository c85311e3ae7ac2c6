import Foundation

/// Every user-facing text, keyed, in Swedish and English. Loaded once from the JSON catalogs
/// shipped with this module. A missing key renders as ⟦key⟧ so tests and readers notice.
public struct Catalog: Sendable {
    public let language: Language
    private let texts: [String: String]

    public static let sv = Catalog(language: .sv)
    public static let en = Catalog(language: .en)

    public static func of(_ language: Language) -> Catalog {
        language == .sv ? .sv : .en
    }

    private init(language: Language) {
        self.language = language
        self.texts = Self.load(language)
    }

    public var keys: Set<String> { Set(texts.keys) }

    public func text(_ key: String, _ values: [String: String] = [:]) -> String {
        guard var text = texts[key] else { return "⟦\(key)⟧" }
        for (name, value) in values {
            text = text.replacingOccurrences(of: "{\(name)}", with: value)
        }
        return text
    }

    public func has(_ key: String) -> Bool { texts[key] != nil }

    private static func load(_ language: Language) -> [String: String] {
        guard let url = Bundle.module.url(forResource: language.rawValue, withExtension: "json"),
              let data = try? Data(contentsOf: url),
              let texts = try? JSONDecoder().decode([String: String].self, from: data)
        else {
            preconditionFailure("The \(language.rawValue) catalog is missing or is not a JSON object of strings")
        }
        return texts
    }
}
