import Fluent
import SQLKit

/// PostgreSQL: a project's goals, districts and target groups as lexemes of its `search_vector`
/// (`#g4`, `#d` + the district id's hex, `#tyouth`), so a search with words and tags is one
/// bitmap scan of the GIN index that intersects them before any row is read. Before, the words'
/// matches were read and each was probed for the tag (`q=språkcafé&goal=4` at 250 000
/// associations: 1 043 projects read to keep 125, p99 55 ms under `wrk -c16`; see
/// bench/RESULTS.md). What SQLite got in IndexProjectTags and associations in
/// IndexAssociationTagsOnPostgres: `projects.tags` holds the tokens, kept by statement-level
/// triggers on the tag tables, and no word the Swedish parser makes from text starts with `#`.
struct IndexProjectTagsOnPostgres: AsyncMigration {
    static let tags = SearchTags(owner: Project.schema, sources: [
        .init(table: "project_goals", key: "project_id", token: "'#g' || goal"),
        .init(table: "project_districts", key: "project_id", token: "'#d' || replace(district_id::text, '-', '')"),
        .init(table: "project_target_groups", key: "project_id", token: "'#t' || target_group"),
    ], aggregate: "string_agg")

    /// The words, and the tags as lexemes taken as they are.
    static let vector = CreateProjects.search.words + " || array_to_tsvector(array_remove(string_to_array(tags, ' '), ''))"

    func prepare(on database: any Database) async throws {
        guard database.isPostgres else { return }
        try await Self.tags.addToVector(Self.vector, on: database)
    }

    func revert(on database: any Database) async throws {
        guard database.isPostgres else { return }
        try await Self.tags.removeFromVector(words: CreateProjects.search.words, on: database)
    }
}
