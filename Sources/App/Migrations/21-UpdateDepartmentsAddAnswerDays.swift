import Fluent

struct UpdateDepartmentsAddAnswerDays: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Department.schema).field("answer_days", .int, .required, .sql(.default(5))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Department.schema).deleteField("answer_days").update()
    }
}
