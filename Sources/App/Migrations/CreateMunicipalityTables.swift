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

struct CreateSustainableGoals: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SustainableGoal.schema)
            .field("number", .int, .identifier(auto: false))
            .field("name_sv", .string, .required)
            .field("name_en", .string, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SustainableGoal.schema).delete()
    }
}

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
