import Fluent

/// Mail about new volunteer assignments for people without an account: an address, districts and
/// groups, confirmed by the link in the first mail.
struct CreateAssignmentAlerts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AssignmentAlert.schema)
            .id()
            .field("created_at", .datetime, .required)
            .field("email", .string, .required)
            .field("districts", .string, .required)
            .field("groups", .string, .required)
            .field("token", .string, .required)
            .field("confirmed_at", .datetime)
            .unique(on: "token")
            .create()
        // The confirmed ones for a new assignment; one address's others when it confirms; the week-old unconfirmed.
        try await database.createIndex("assignment_alerts_confirmed", on: AssignmentAlert.schema, "confirmed_at")
        try await database.createIndex("assignment_alerts_email", on: AssignmentAlert.schema, "email")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AssignmentAlert.schema).delete()
    }
}
