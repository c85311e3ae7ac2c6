/// Free text from a search box, reduced to words that are safe to hand to either full-text
/// engine: letters and digits only (å, ä, ö kept as they are), lower case, a bounded number.
public struct SearchTerms: Sendable, Hashable {
    public static let maximumWords = 8
    public static let maximumWordLength = 40

    public let words: [String]

    public init(_ text: String) {
        let words = Words.of(text)
        self.words = Array(words.map { String($0.prefix(Self.maximumWordLength)) }.prefix(Self.maximumWords))
    }

    public var isEmpty: Bool { words.isEmpty }

    /// SQLite FTS5: every word must match, each as a prefix (`"bild"*` finds "bildning").
    public var fts5Query: String { fts5Query(spelling: [:]) }

    /// The same, with a word's prefix spelled out where `spelled` gives the words of the index that
    /// begin with it (`("bild" OR "bildning")`): FTS5 merges a prefix's lists whole before its first
    /// row, but walks an OR as far as it is read. A word `spelled` gives nothing for stays a prefix.
    public func fts5Query(spelling spelled: [String: [String]]) -> String {
        words.map { word in
            guard let forms = spelled[word], !forms.isEmpty else { return "\"\(word)\"*" }
            return "(" + forms.map { "\"\($0.replacingOccurrences(of: "\"", with: "\"\""))\"" }.joined(separator: " OR ") + ")"
        }.joined(separator: " AND ")
    }

    /// PostgreSQL `to_tsquery`: every word, as a prefix, after Swedish stemming.
    public var tsQuery: String {
        words.map { "\($0):*" }.joined(separator: " & ")
    }
}
