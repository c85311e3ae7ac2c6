import Foundation
import SQLKit

/// SQLite: a row's tags (its goals, districts, target groups, categories) as words of its
/// full-text index, so a search with tags is one intersection inside the index instead of a
/// probe of the tag tables for every match. The owner table keeps them in a `tags` column, one
/// token per tag (a letter for the kind, then the value), kept by triggers on the tag tables
/// whichever code writes them. Used by projects (IndexProjectTags) and associations
/// (IndexAssociationTags); PostgreSQL keeps its GIN index and checks tags by `EXISTS`.
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

    /// Every token of one owner (`id` is an SQL expression naming it), space-separated.
    func tokens(of id: String) -> String {
        let parts = sources.map { "SELECT \($0.token) AS token FROM \($0.table) WHERE \($0.key) = \(id)" }
        return "coalesce((SELECT group_concat(token, ' ') FROM (\n    \(parts.joined(separator: "\n    UNION ALL "))\n)), '')"
    }

    /// Fills `tags` for every owner at once: one pass over each tag table, grouped, instead of a
    /// lookup per owner (which takes minutes at 250 000 associations).
    var fill: String {
        let parts = sources.map { "SELECT \($0.key) AS owner, \($0.token) AS token FROM \($0.table)" }
        return """
            UPDATE \(owner) SET tags = t.tags FROM (SELECT owner, group_concat(token, ' ') AS tags FROM (\
            \(parts.joined(separator: " UNION ALL "))) GROUP BY owner) AS t WHERE \(owner).id = t.owner
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

    func createTriggers(on sql: any SQLDatabase) async throws {
        for trigger in triggers { try await sql.raw(SQLQueryString(stringLiteral: trigger.create)).run() }
    }

    func dropTriggers(on sql: any SQLDatabase) async throws {
        for trigger in triggers { try await sql.raw(SQLQueryString(stringLiteral: "DROP TRIGGER IF EXISTS \(trigger.name)")).run() }
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
    }

    /// FTS5 conditions that keep the rows having every one of `tokens` in column `tags`.
    static func match(_ tokens: [String]) -> [String] { tokens.map { Term.token($0).fts5 } }

    /// A text value as a token: its UTF-8 in hexadecimal, so that a prefix of the value is a
    /// prefix of the token, whatever characters it holds (SQL: `lower(hex(value))`).
    static func hex(_ value: String) -> String { value.utf8.map { String(format: "%02x", $0) }.joined() }
}
