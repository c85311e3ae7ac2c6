import Fluent

struct CreateDepartments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Department.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("kind", .string, .required)
            .field("position", .int, .required)
            .field("is_coordinator", .bool, .required)
            .field("email", .string, .required)
            .field("phone", .string, .required)
            .field("address", .string, .required)
            .field("opening_hours", .string, .required)
            .field("description", .string, .required)
            .field("easy_read_description", .string, .required)
            .unique(on: "slug")
            .create()
        try await database.createIndex("departments_position", on: Department.schema, "position", "name")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Department.schema).delete()
    }
}
