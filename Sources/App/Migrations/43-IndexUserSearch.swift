import Fluent

/// The admin's user search: any word of a name or an e-mail address, not only its start.
struct IndexUserSearch: AsyncMigration {
    static let search = FullTextIndex(table: User.schema, columns: ["display_name", "email"])

    func prepare(on database: any Database) async throws {
        try await Self.search.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.search.drop(on: database)
    }
}
