import Fluent

/// A flag for politicians: they read the yearly survey per department.
struct UpdateUsersAddPolitician: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema).field("is_politician", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).deleteField("is_politician").update()
    }
}
