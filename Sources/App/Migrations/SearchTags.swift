import Foundation
import Fluent
import SQLKit

/// A row's tags (its goals, districts, target groups, categories) as words of its full-text
/// index, so a search with tags is one intersection inside the index instead of a probe of the
/// tag tables for every match. The owner table keeps them in a `tags` column, one token per tag
/// (a letter for the kind, then the value), kept by triggers on the tag tables whichever code
/// writes them. On SQLite for projects (IndexProjectTags) and associations (IndexAssociationTags);
/// on PostgreSQL the same as lexemes (IndexAssociationTagsOnPostgres, IndexProjectTagsOnPostgres).
struct SearchTags {
    /// One kind of tag: rows of `table` whose `key` names the owner; `token` is the SQL for the
    /// token of one row (its prefix letter and value).
    struct Source {
        let table: String
        let key: String
        let token: String
    }

    let owner: String
    let sources: [Source]
    /// The aggregate that joins tokens: `group_concat` (SQLite) or `string_agg` (PostgreSQL).
    var aggregate = "group_concat"

    /// Every token of one owner (`id` is an SQL expression naming it), space-separated.
    func tokens(of id: String) -> String {
        let parts = sources.map { "SELECT \($0.token) AS token FROM \($0.table) WHERE \($0.key) = \(id)" }
        return "coalesce((SELECT \(aggregate)(token, ' ') FROM (\n    \(parts.joined(separator: "\n    UNION ALL "))\n) AS tokens), '')"
    }

    /// Fills `tags` for every owner at once: one pass over each tag table, grouped, instead of a
    /// lookup per owner (which takes minutes at 250 000 associations).
    var fill: String {
        let parts = sources.map { "SELECT \($0.key) AS owner, \($0.token) AS token FROM \($0.table)" }
        return """
            UPDATE \(owner) SET tags = t.tags FROM (SELECT owner, \(aggregate)(token, ' ') AS tags FROM (\
            \(parts.joined(separator: " UNION ALL "))) AS tokens GROUP BY owner) AS t WHERE \(owner).id = t.owner
            """
    }

    /// The triggers that recompute an owner's tags when one of its tag rows comes or goes.
    var triggers: [(name: String, create: String)] {
        sources.flatMap { source in
            [("insert", "new"), ("delete", "old")].map { event, row in
                ("\(source.table)_tags_\(event)", """
                    CREATE TRIGGER \(source.table)_tags_\(event) AFTER \(event.uppercased()) ON \(source.table) BEGIN \
                    UPDATE \(owner) SET tags = \(tokens(of: "\(row).\(source.key)")) WHERE id = \(row).\(source.key); END
                    """)
            }
        }
    }

    /// PostgreSQL: one statement-level trigger per table and event, which recomputes the tags of
    /// every owner the statement touched (its rows as a transition table) in one `UPDATE`.
    var postgresTriggers: [(function: String, create: [String])] {
        sources.flatMap { source in
            [("insert", "NEW"), ("delete", "OLD")].map { event, rows in
                let name = "\(source.table)_tags_\(event)"
                return (name, [
                    """
                    CREATE FUNCTION \(name)() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN \
                    UPDATE \(owner) SET tags = \(tokens(of: "\(owner).id")) WHERE id IN (SELECT \(source.key) FROM changed); \
                    RETURN NULL; END $$
                    """,
                    """
                    CREATE TRIGGER \(name) AFTER \(event.uppercased()) ON \(source.table) REFERENCING \(rows) TABLE AS changed \
                    FOR EACH STATEMENT EXECUTE FUNCTION \(name)()
                    """,
                ])
            }
        }
    }

    func createTriggers(on sql: any SQLDatabase) async throws {
        let statements = sql.dialect.name == "postgresql" ? postgresTriggers.flatMap(\.create) : triggers.map(\.create)
        for statement in statements { try await sql.raw(SQLQueryString(stringLiteral: statement)).run() }
    }

    func dropTriggers(on sql: any SQLDatabase) async throws {
        let statements = sql.dialect.name == "postgresql"
            ? postgresTriggers.map { "DROP FUNCTION IF EXISTS \($0.function)() CASCADE" }
            : triggers.map { "DROP TRIGGER IF EXISTS \($0.name)" }
        for statement in statements { try await sql.raw(SQLQueryString(stringLiteral: statement)).run() }
    }

    /// PostgreSQL, in one transaction (stopped halfway, nothing of it stays): the tags as lexemes of
    /// the owner's `search_vector`, generated from `vector`. The vector is dropped while `tags` is
    /// added and filled, and generated once afterwards, with its GIN index.
    func addToVector(_ vector: String, on database: any Database) async throws {
        try await database.transaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw(SQLQueryString(stringLiteral: "ALTER TABLE \(owner) DROP COLUMN search_vector, ADD COLUMN tags TEXT NOT NULL DEFAULT ''")).run()
            try await sql.raw(SQLQueryString(stringLiteral: fill)).run()
            try await createTriggers(on: sql)
            try await FullTextIndex.addVector(vector, to: owner, on: sql)
        }
    }

    /// Undoes `addToVector`: the triggers and `tags` gone, the vector generated from `words` alone.
    func removeFromVector(words: String, on database: any Database) async throws {
        try await database.transaction { tx in
            let sql = tx as! any SQLDatabase
            try await dropTriggers(on: sql)
            try await sql.raw(SQLQueryString(stringLiteral: "ALTER TABLE \(owner) DROP COLUMN search_vector, DROP COLUMN tags")).run()
            try await FullTextIndex.addVector(words, to: owner, on: sql)
        }
    }

    /// The token of a district id, as the SQL `token`s of the sources write it.
    static let districtToken = "'d' || replace(lower(district_id), '-', '')"
    static func token(district: UUID) -> String { "d" + district.uuidString.lowercased().replacingOccurrences(of: "-", with: "") }
    static func token(group: String) -> String { "t" + group }

    /// A condition on the `tags` column: a token, or any token that starts with this one.
    enum Term: Hashable, Sendable {
        case token(String)
        case prefix(String)

        var fts5: String {
            switch self {
            case .token(let token): "tags : \"\(token)\""
            case .prefix(let start): "tags : \"\(start)\"*"
            }
        }

        /// The term in a `tsquery` (PostgreSQL). Each token is a lexeme that starts with `#`, as
        /// no word does that the parser makes from text; tokens hold letters and digits only.
        var tsQuery: String {
            switch self {
            case .token(let token): "'#\(token)'"
            case .prefix(let start): "'#\(start)':*"
            }
        }
    }

    /// FTS5 conditions that keep the rows having every one of `tokens` in column `tags`.
    static func match(_ tokens: [String]) -> [String] { tokens.map { Term.token($0).fts5 } }

    /// A text value as a token: its UTF-8 in hexadecimal, so that a prefix of the value is a
    /// prefix of the token, whatever characters it holds (SQL: `lower(hex(value))`).
    static func hex(_ value: String) -> String { value.utf8.map { String(format: "%02x", $0) }.joined() }
}
