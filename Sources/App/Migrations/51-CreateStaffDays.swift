import Fluent

/// Staff days with civil society (N13): each record counted for the department in its year, its
/// goals in a table of their own, and each department's yearly target.
struct CreateStaffDays: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(StaffDay.schema)
            .id()
            .field("created_at", .datetime)
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("department_id", .uuid, .required, .references(Department.schema, .id, onDelete: .cascade))
            .field("day", .string, .required)
            .field("year", .int, .required)
            .field("halves", .int, .required)
            .field("association_id", .uuid, .references(Association.schema, .id, onDelete: .setNull))
            .field("activity", .string, .required)
            .field("note", .string, .required)
            .create()
        try await database.schema(StaffDayGoal.schema)
            .id()
            .field("staff_day_id", .uuid, .required, .references(StaffDay.schema, .id, onDelete: .cascade))
            .field("goal", .int, .required)
            .field("year", .int, .required)
            .field("halves", .int, .required)
            .create()
        try await database.schema(StaffDayTargetRow.schema)
            .id()
            .field("department_id", .uuid, .required, .references(Department.schema, .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("days_per_employee", .double, .required)
            .field("head_count", .int, .required)
            .unique(on: "department_id", "year")
            .create()
        // A person's own log; a department's year; an association's year; the figures per goal.
        try await database.createIndex("staff_days_user", on: StaffDay.schema, "user_id", "day")
        try await database.createIndex("staff_days_department", on: StaffDay.schema, "department_id", "year", "day")
        try await database.createIndex("staff_days_association", on: StaffDay.schema, "association_id", "year")
        try await database.createIndex("staff_days_year", on: StaffDay.schema, "year", "department_id", "halves")
        try await database.createIndex("staff_day_goals_day", on: StaffDayGoal.schema, "staff_day_id")
        try await database.createIndex("staff_day_goals_year", on: StaffDayGoal.schema, "year", "goal", "halves")
        try await database.createIndex("staff_day_targets_year", on: StaffDayTargetRow.schema, "year")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(StaffDayTargetRow.schema).delete()
        try await database.schema(StaffDayGoal.schema).delete()
        try await database.schema(StaffDay.schema).delete()
    }
}
