import Foundation
import Fluent
import SQLKit

/// SQLite: an association's categories, districts, target groups and competences, and whether it
/// has joined the agreement, as words of the directory's search index (SearchTags), so words with filters,
/// or filters alone, are one intersection inside the index in directory order: the page is the
/// first rows it yields, and the count stops at the ceiling. Before, a sparse combination walked
/// the directory index against three sets (`q=läxhjälp` in one district and category: 290 ms
/// for page 1 at 250 000 associations, and the words' count given as the total) or probed a tag
/// table for every row of another (157 ms). See bench/RESULTS.md. PostgreSQL keeps its GIN index
/// and its planner.
struct IndexAssociationTags: AsyncMigration {
    static let tags = SearchTags(owner: Association.schema, sources: [
        .init(table: "association_categories", key: "association_id", token: "'c' || category"),
        .init(table: "association_districts", key: "association_id", token: SearchTags.districtToken),
        .init(table: "association_target_groups", key: "association_id", token: "'t' || target_group"),
        .init(table: "association_competences", key: "association_id", token: "'k' || lower(hex(competence))"),
    ])

    /// The index's `tags` column: the tag tokens, and `j` for an association that has joined.
    static let shape = CreateDirectoryOrder.Shape(
        columns: CreateDirectoryOrder.Shape.text.columns + ["tags"], alsoWatched: ["joined_since"],
        value: { column, row in
            column == "tags" ? "\(row).tags || CASE WHEN \(row).joined_since IS NULL THEN '' ELSE ' j' END" : "\(row).\(column)"
        })

    static func token(category: String) -> String { "c" + category }
    /// Competences that start with `start` (a competence filter is a prefix: "digital" finds
    /// "digital hjälp").
    static func prefix(competence start: String) -> String { "k" + SearchTags.hex(start) }
    static let joinedToken = "j"

    /// One transaction: a server stopped halfway (21 s at 250 000 associations) leaves the file as
    /// it was, not without its index and with a `tags` column that stops the migration running again.
    func prepare(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        try await database.transaction { tx in
            try await Self.rebuild(as: Self.shape, on: tx as! any SQLDatabase) { sql in
                try await sql.raw("ALTER TABLE associations ADD COLUMN tags TEXT NOT NULL DEFAULT ''").run()
                try await sql.raw(SQLQueryString(stringLiteral: Self.tags.fill)).run()
                try await Self.tags.createTriggers(on: sql)
            }
        }
    }

    func revert(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        try await database.transaction { tx in
            try await Self.rebuild(as: .text, on: tx as! any SQLDatabase) { sql in
                try await Self.tags.dropTriggers(on: sql)
                try await sql.raw("ALTER TABLE associations DROP COLUMN tags").run()
            }
        }
    }

    /// The index dropped first, so that changing the rows does not index each of them again, and
    /// then built from every row at once.
    static func rebuild(as new: CreateDirectoryOrder.Shape, on sql: any SQLDatabase,
                        between change: (any SQLDatabase) async throws -> Void) async throws {
        try await CreateDirectoryOrder.dropIndex(on: sql)
        try await change(sql)
        for statement in CreateDirectoryOrder.index(new) {
            try await sql.raw(SQLQueryString(stringLiteral: statement)).run()
        }
        try await CreateDirectoryOrder.renumber(on: sql)
    }
}
