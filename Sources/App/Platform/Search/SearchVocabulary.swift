import Vapor
import Fluent
import SQLKit
import Domain

/// SQLite: the words of the directory's search index that begin with each word of a search
/// (CreateSearchVocabulary), kept per word (`app.searchWords`) until an association or the
/// municipality changes, so the search can name them instead of asking for a prefix. At 250 000
/// associations the first page of `q=bollklubb` merged all 3 513 entries of its list before the
/// first row (0.40 ms of FTS5 alone); named, it reads 20 (0.03 ms).
enum SearchVocabulary {
    /// Shorter words stay prefixes: they begin many words of the index, and the vocabulary reads
    /// each word's whole list to name it.
    static let shortest = 3
    /// A word that begins more words of the index than this stays a prefix.
    static let most = 32

    /// Each word's forms in the index, for the words that are long enough (none on PostgreSQL,
    /// whose posting lists are read by stem).
    static func spelling(_ terms: SearchTerms, app: Application, on db: any Database) async throws -> [String: [String]] {
        let sql = db as! any SQLDatabase
        guard sql.dialect.name == "sqlite" else { return [:] }
        var spelled: [String: [String]] = [:]
        for word in terms.words where word.count >= shortest {
            spelled[word] = try await app.searchWords.item(word, app: app, on: db) { try await forms(of: word, on: sql) }
        }
        return spelled
    }

    /// The words of the index that begin with `word`, in the index's order; none when more than
    /// `most` do (the vocabulary yields them in order, so it stops after `most + 1`).
    static func forms(of word: String, on sql: any SQLDatabase) async throws -> [String] {
        let found = try await sql.raw("""
            SELECT term FROM \(ident: CreateSearchVocabulary.table) \
            WHERE term >= \(bind: word) AND term < \(bind: word + "\u{10FFFF}") LIMIT \(literal: most + 1)
            """).all().map { try $0.decode(column: "term", as: String.self) }
        return found.count > most ? [] : found
    }
}
