import Fluent

struct CreatePrinciples: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Principle.schema)
            .id()
            .field("position", .int, .required)
            .field("name_sv", .string, .required)
            .field("name_en", .string, .required)
            .field("summary_sv", .string, .required)
            .field("summary_en", .string, .required)
            .create()
        try await database.createIndex("principles_position", on: Principle.schema, "position")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Principle.schema).delete()
    }
}
