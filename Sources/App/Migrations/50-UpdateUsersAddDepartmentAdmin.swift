import Fluent

/// A flag for the member of staff who looks after their department's own records: its staff days
/// with civil society and its yearly target.
struct UpdateUsersAddDepartmentAdmin: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema).field("is_department_admin", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).deleteField("is_department_admin").update()
    }
}
