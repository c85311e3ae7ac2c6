import Fluent
import SQLKit

/// SQLite: the words of the directory's search index (FTS5's own `fts5vocab` over
/// `association_search`), so a search can spell out which words of the index begin with each of
/// its words (`SearchVocabulary`). FTS5 answers a prefix (`"bollklubb"*`) by merging the lists of
/// every word that begins with it before it yields the first row; an OR of those words it walks
/// as far as the page. The table stores nothing: it reads the index when asked.
struct CreateSearchVocabulary: AsyncMigration {
    static let table = "association_search_words"

    func prepare(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        try await (database as! any SQLDatabase)
            .raw(SQLQueryString(stringLiteral: "CREATE VIRTUAL TABLE \(Self.table) USING fts5vocab(association_search, 'row')")).run()
    }

    func revert(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        try await (database as! any SQLDatabase).raw(SQLQueryString(stringLiteral: "DROP TABLE IF EXISTS \(Self.table)")).run()
    }
}
