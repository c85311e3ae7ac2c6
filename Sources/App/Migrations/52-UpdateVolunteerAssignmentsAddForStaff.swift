import Fluent

/// An association's offer of a day with civil society for the municipality's staff is an
/// assignment marked for them.
struct UpdateVolunteerAssignmentsAddForStaff: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(VolunteerAssignment.schema).field("for_staff", .bool, .required, .sql(.default(false))).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(VolunteerAssignment.schema).deleteField("for_staff").update()
    }
}
