import Fluent

/// The inbox's search by words: the question and the asker's name (staff only; a call quoting
/// "the one about the room on Tuesdays" finds it).
struct IndexInquirySearch: AsyncMigration {
    static let search = FullTextIndex(table: Inquiry.schema, columns: ["question", "name"])

    func prepare(on database: any Database) async throws {
        try await Self.search.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.search.drop(on: database)
    }
}
