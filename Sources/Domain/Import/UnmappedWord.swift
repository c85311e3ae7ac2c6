/// A word of a register that neither the admin's map nor the built-in vocabulary knows, and
/// how many imported rows carried it: what the import report asks the admin to map.
public struct UnmappedWord: Sendable, Hashable {
    public var kind: RegisterWordKind
    /// As the first row that carried it wrote it.
    public var word: String
    public var rows: Int

    public init(kind: RegisterWordKind, word: String, rows: Int) {
        self.kind = kind
        self.word = word
        self.rows = rows
    }

    /// The unknown list words of `rows`, one entry per kind and word (compared as the import
    /// compares them); a row that names a word twice counts once. Most rows first.
    public static func tally(_ rows: [AssociationImportRow]) -> [UnmappedWord] {
        var words: [String: UnmappedWord] = [:]
        var order: [String] = []
        for row in rows {
            var counted = Set<String>()
            for note in row.notes {
                guard let kind = RegisterWordKind(column: note.column) else { continue }
                let id = kind.rawValue + ":" + RegisterWords.key(note.value)
                guard counted.insert(id).inserted else { continue }
                if words[id] == nil { order.append(id) }
                words[id, default: UnmappedWord(kind: kind, word: note.value, rows: 0)].rows += 1
            }
        }
        let kinds = RegisterWordKind.allCases
        return order.compactMap { words[$0] }.enumerated().sorted { a, b in
            let (x, y) = (a.element, b.element)
            if x.kind != y.kind { return kinds.firstIndex(of: x.kind)! < kinds.firstIndex(of: y.kind)! }
            return x.rows != y.rows ? x.rows > y.rows : a.offset < b.offset
        }.map(\.element)
    }
}
