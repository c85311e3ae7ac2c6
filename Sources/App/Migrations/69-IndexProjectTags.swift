import Foundation
import Fluent
import SQLKit
import Domain

/// SQLite: a project's goals, districts and target groups as words of its full-text index, so a
/// search with a tag ("språkcafé" with goal 4) is one intersection inside the index, not a lookup
/// and an `EXISTS` probe for every project matching the words (2.0 ms for 1 043 matches at 250 000
/// associations, where the index yields the 125 that also have the goal in 0.2 ms; see
/// bench/RESULTS.md). `projects.tags` holds them as tokens (`g4`, `d` + the district id's hex,
/// `t` + the target group), kept by triggers on the tag tables, whichever code writes them; the
/// index's `tags` column is only searched by `ProjectStore.conditions`, never by the visitor's
/// words. PostgreSQL got the same as lexemes of its search vector in IndexProjectTagsOnPostgres.
struct IndexProjectTags: AsyncMigration {
    static let search = FullTextIndex(table: Project.schema, columns: CreateProjects.search.columns + ["tags"])

    static let tags = SearchTags(owner: Project.schema, sources: [
        .init(table: "project_goals", key: "project_id", token: "'g' || goal"),
        .init(table: "project_districts", key: "project_id", token: SearchTags.districtToken),
        .init(table: "project_target_groups", key: "project_id", token: "'t' || target_group"),
    ])

    /// The words in the text columns and every one of these tags, as one condition on `projects`.
    /// PostgreSQL: the words and the tags (IndexProjectTagsOnPostgres) as two conditions on the one
    /// GIN index, which a bitmap scan intersects (one `tsquery` of both would be checked per row).
    static func condition(_ terms: SearchTerms, tags: [String], on sql: any SQLDatabase) -> SQLQueryString {
        if sql.dialect.name == "postgresql" {
            let words = search.condition(terms, on: sql)
            guard !tags.isEmpty else { return words }
            let lexemes = tags.map { SearchTags.Term.token($0).tsQuery }.joined(separator: " & ")
            return "\(words) AND \(ident: Project.schema).search_vector @@ \(bind: lexemes)::tsquery"
        }
        let text = CreateProjects.search.columns.joined(separator: " ")
        let match = (["{\(text)} : (\(terms.fts5Query))"] + SearchTags.match(tags)).joined(separator: " AND ")
        return search.condition(match: match)
    }

    static func token(goal: Int) -> String { "g\(goal)" }

    func prepare(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        let sql = database as! any SQLDatabase
        try await CreateProjects.search.drop(on: database)
        try await sql.raw("ALTER TABLE projects ADD COLUMN tags TEXT NOT NULL DEFAULT ''").run()
        try await sql.raw(SQLQueryString(stringLiteral: Self.tags.fill)).run()
        try await Self.tags.createTriggers(on: sql)
        // The index again, with the tags: built from the rows at once.
        try await Self.search.create(on: database)
    }

    func revert(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        let sql = database as! any SQLDatabase
        try await Self.search.drop(on: database)
        try await Self.tags.dropTriggers(on: sql)
        try await sql.raw("ALTER TABLE projects DROP COLUMN tags").run()
        try await CreateProjects.search.create(on: database)
    }
}
