import Fluent

/// The contact network's meetings and, per meeting, the departments and companies that came.
struct CreateNetworkMeetings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(NetworkMeeting.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("day", .string, .required)
            .field("place", .string, .required)
            .field("agenda", .string, .required)
            .field("minutes", .string, .required)
            .create()
        try await database.schema(NetworkAttendance.schema)
            .id()
            .field("meeting_id", .uuid, .required, .references(NetworkMeeting.schema, .id, onDelete: .cascade))
            .field("department_id", .uuid, .required, .references(Department.schema, .id, onDelete: .cascade))
            .unique(on: "meeting_id", "department_id")
            .create()
        // Meetings newest first, and a year's; a department's attendance.
        try await database.createIndex("network_meetings_day", on: NetworkMeeting.schema, "day")
        try await database.createIndex("network_attendance_department", on: NetworkAttendance.schema, "department_id", "meeting_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NetworkAttendance.schema).delete()
        try await database.schema(NetworkMeeting.schema).delete()
    }
}
