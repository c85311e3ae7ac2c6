import Fluent

/// The action plan: actions for a period with an owner, a principle and a target, and their
/// dated progress.
struct CreateActionPlan: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(PlanAction.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("first_year", .int, .required)
            .field("last_year", .int, .required)
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("owner_department_id", .uuid, .references(Department.schema, .id, onDelete: .setNull))
            .field("principle_id", .uuid, .references(Principle.schema, .id, onDelete: .setNull))
            .field("target", .string, .required)
            .field("status", .string, .required)
            .create()
        try await database.schema(ActionProgress.schema)
            .id()
            .field("created_at", .datetime)
            .field("action_id", .uuid, .required, .references(PlanAction.schema, .id, onDelete: .cascade))
            .field("day", .string, .required)
            .field("status", .string, .required)
            .field("note", .string, .required)
            .field("author_label", .string, .required)
            .create()
        // A year's plan (actions whose period covers it), and an action's progress in order.
        try await database.createIndex("plan_actions_period", on: PlanAction.schema, "first_year", "last_year")
        try await database.createIndex("action_progress_action", on: ActionProgress.schema, "action_id", "day")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ActionProgress.schema).delete()
        try await database.schema(PlanAction.schema).delete()
    }
}
