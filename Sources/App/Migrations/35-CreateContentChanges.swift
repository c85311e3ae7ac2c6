import Fluent

/// The number of the last change per scope (area, or one thing such as an association), which
/// cached pages and values are checked against; the `*` row numbers every change.
struct CreateContentChanges: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ContentChange.schema)
            .field("scope", .string, .identifier(auto: false))
            .field("version", .int64, .required)
            .create()
        try await database.createIndex("content_changes_version", on: ContentChange.schema, "version")
        try await ContentChange(scope: .everything, version: 1).create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ContentChange.schema).delete()
    }
}
