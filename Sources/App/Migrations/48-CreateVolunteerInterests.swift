import Fluent

/// Interest shown in volunteer assignments: never public; the organiser answers; the details
/// are cleared 6 months after the assignment closes (or at once by the person), the status stays.
struct CreateVolunteerInterests: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(VolunteerInterest.schema)
            .id()
            .field("assignment_id", .uuid, .required, .references(VolunteerAssignment.schema, .id, onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("phone", .string, .required)
            .field("message", .string, .required)
            .field("status", .string, .required)
            .field("token", .string, .required)
            .field("answered_at", .datetime)
            .field("answered_by_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("answer", .string, .required)
            .field("forgotten_at", .datetime)
            .unique(on: "token")
            .create()
        // An assignment's list in the order people came; "already shown" by address; the yearly figures.
        try await database.createIndex("volunteer_interests_assignment", on: VolunteerInterest.schema, "assignment_id", "created_at")
        try await database.createIndex("volunteer_interests_email", on: VolunteerInterest.schema, "assignment_id", "email")
        try await database.createIndex("volunteer_interests_created", on: VolunteerInterest.schema, "created_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(VolunteerInterest.schema).delete()
    }
}
