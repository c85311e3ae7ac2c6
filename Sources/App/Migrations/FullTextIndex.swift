import Fluent
import SQLKit
import Domain

/// A full-text index over some text columns of one table, in each database's own engine, with
/// å, ä and ö kept as letters of their own: SQLite FTS5 `unicode61 remove_diacritics 0` as an
/// external-content table kept current by triggers; PostgreSQL a generated `search_vector`
/// (Swedish configuration, no unaccent) with a GIN index. The first column weighs most.
struct FullTextIndex {
    let table: String
    let columns: [String]

    var ftsTable: String { "\(table)_fts" }

    func create(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if database.isPostgres { return try await Self.addVector(words, to: table, on: sql) }
        let list = columns.joined(separator: ", ")
        let new = columns.map { "new.\($0)" }.joined(separator: ", ")
        let old = columns.map { "old.\($0)" }.joined(separator: ", ")
        let statements = [
            """
            CREATE VIRTUAL TABLE \(ftsTable) USING fts5(\(list), content='\(table)', content_rowid='rowid', \
            tokenize='unicode61 remove_diacritics 0')
            """,
            "CREATE TRIGGER \(ftsTable)_insert AFTER INSERT ON \(table) BEGIN INSERT INTO \(ftsTable)(rowid, \(list)) VALUES (new.rowid, \(new)); END",
            """
            CREATE TRIGGER \(ftsTable)_delete AFTER DELETE ON \(table) BEGIN \
            INSERT INTO \(ftsTable)(\(ftsTable), rowid, \(list)) VALUES ('delete', old.rowid, \(old)); END
            """,
            """
            CREATE TRIGGER \(ftsTable)_update AFTER UPDATE OF \(list) ON \(table) BEGIN \
            INSERT INTO \(ftsTable)(\(ftsTable), rowid, \(list)) VALUES ('delete', old.rowid, \(old)); \
            INSERT INTO \(ftsTable)(rowid, \(list)) VALUES (new.rowid, \(new)); END
            """,
            // Rows the table already holds (an index added to a table in use) are indexed at once.
            "INSERT INTO \(ftsTable)(\(ftsTable)) VALUES ('rebuild')",
        ]
        for statement in statements { try await sql.raw(SQLQueryString(stringLiteral: statement)).run() }
    }

    /// PostgreSQL: the words of the columns, the first weighing most.
    var words: String {
        columns.enumerated().map { index, column in
            "setweight(to_tsvector('swedish', coalesce(\(column), '')), '\(index == 0 ? "A" : "B")')"
        }.joined(separator: " || ")
    }

    /// PostgreSQL: `table.search_vector` generated from `vector` (words, and tags as lexemes), and
    /// its GIN index.
    static func addVector(_ vector: String, to table: String, on sql: any SQLDatabase) async throws {
        try await sql.raw(SQLQueryString(stringLiteral: "ALTER TABLE \(table) ADD COLUMN search_vector tsvector GENERATED ALWAYS AS (\(vector)) STORED")).run()
        try await sql.raw(SQLQueryString(stringLiteral: "CREATE INDEX \(table)_search ON \(table) USING GIN (search_vector)")).run()
    }

    func drop(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if database.isPostgres {
            try await sql.raw(SQLQueryString(stringLiteral: "ALTER TABLE \(table) DROP COLUMN IF EXISTS search_vector")).run()
            return
        }
        for trigger in ["insert", "delete", "update"] {
            try await sql.raw(SQLQueryString(stringLiteral: "DROP TRIGGER IF EXISTS \(ftsTable)_\(trigger)")).run()
        }
        try await sql.raw(SQLQueryString(stringLiteral: "DROP TABLE IF EXISTS \(ftsTable)")).run()
    }

    /// A condition on `table` keeping the rows that match every word.
    func condition(_ terms: SearchTerms, on sql: any SQLDatabase) -> SQLQueryString {
        if sql.dialect.name == "postgresql" {
            return "\(ident: table).search_vector @@ to_tsquery('swedish', \(bind: terms.tsQuery))"
        }
        return condition(match: terms.fts5Query)
    }

    /// SQLite: a condition on `table` keeping the rows whose index entry matches this FTS5 expression.
    func condition(match: String) -> SQLQueryString {
        "\(ident: table).rowid IN (SELECT rowid FROM \(ident: ftsTable) WHERE \(ident: ftsTable) MATCH \(bind: match))"
    }
}
