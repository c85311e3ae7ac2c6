import Fluent

/// Who someone comes to a training as, and their department: the training's reach per group and
/// per department. No foreign key on the department: SQLite cannot add one to an existing table,
/// and Samverka never deletes a department, so the id always names one.
struct UpdateEventRegistrationsAddGroup: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventRegistration.schema).field("attendee_group", .string).update()
        try await database.schema(EventRegistration.schema).field("department_id", .uuid).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventRegistration.schema).deleteField("department_id").update()
        try await database.schema(EventRegistration.schema).deleteField("attendee_group").update()
    }
}
