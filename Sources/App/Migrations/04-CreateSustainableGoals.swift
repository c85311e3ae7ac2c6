import Fluent

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
