import Fluent

struct CreateAppMeta: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AppMeta.schema)
            .field("key", .string, .identifier(auto: false))
            .field("value", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AppMeta.schema).delete()
    }
}
