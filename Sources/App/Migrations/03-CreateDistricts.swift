import Fluent

struct CreateDistricts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(District.schema)
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("position", .int, .required)
            .unique(on: "slug")
            .create()
        try await database.createIndex("districts_position", on: District.schema, "position", "name")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(District.schema).delete()
    }
}
