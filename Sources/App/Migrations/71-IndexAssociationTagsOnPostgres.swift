import Fluent
import SQLKit

/// PostgreSQL: an association's categories, districts, target groups and competences, and whether
/// it has joined, as lexemes of its `search_vector` (`#csport`, `#d` + the district id's hex,
/// `#tyouth`, `#k` + the competence's hex, `#j`), so the GIN index intersects the words and the
/// filters before any row is read. Before, each filter was a list of thousands joined to the
/// words' matches after every one of them had been read from the table (`q=trygghet` with one
/// category: 37 632 rows read to keep 4 038, 234 ms at 250 000 associations; see
/// bench/RESULTS.md). No word the Swedish parser makes from text starts with `#`, so a visitor's
/// word never matches a tag. `associations.tags` holds the tokens, kept by statement-level
/// triggers on the tag tables, whoever writes them. What SQLite got in IndexAssociationTags.
///
/// Each tag statement updates its associations' rows: seeding 20 000 takes 40 s where it took
/// 25. A `tag_vector` of its own beside `search_vector`, in one two-column GIN index, was tried: no
/// cheaper to write (the cost is the rows' new versions, not stemming their texts again), and the
/// search mix was 15–25 % slower.
struct IndexAssociationTagsOnPostgres: AsyncMigration {
    static let tags = SearchTags(owner: Association.schema, sources: [
        .init(table: "association_categories", key: "association_id", token: "'#c' || category"),
        .init(table: "association_districts", key: "association_id", token: "'#d' || replace(district_id::text, '-', '')"),
        .init(table: "association_target_groups", key: "association_id", token: "'#t' || target_group"),
        .init(table: "association_competences", key: "association_id", token: "'#k' || encode(convert_to(competence, 'UTF8'), 'hex')"),
    ], aggregate: "string_agg")

    /// The words, and the tags as lexemes taken as they are.
    static let vector = CreateAssociationSearch.words + """
         || array_to_tsvector(array_remove(string_to_array(tags || CASE WHEN joined_since IS NULL THEN '' ELSE ' #j' END, ' '), ''))
        """

    /// One transaction (54 s at 250 000 associations): stopped halfway, nothing of it stays.
    func prepare(on database: any Database) async throws {
        guard database.isPostgres else { return }
        try await Self.tags.addToVector(Self.vector, on: database)
    }

    func revert(on database: any Database) async throws {
        guard database.isPostgres else { return }
        try await Self.tags.removeFromVector(words: CreateAssociationSearch.words, on: database)
    }
}
