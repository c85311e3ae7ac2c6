import Fluent

/// The contact network's meetings and, per meeting, the departments and companies that came.
struct CreateNetworkMeetings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.createMeetingTables(NetworkMeeting.schema, attendance: NetworkAttendance.schema, attendee: "department_id",
                                               attendeeSchema: Department.schema)
        // Meetings newest first, and a year's; a department's attendance.
        try await database.createIndex("network_meetings_day", on: NetworkMeeting.schema, "day")
        try await database.createIndex("network_attendance_department", on: NetworkAttendance.schema, "department_id", "meeting_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(NetworkAttendance.schema).delete()
        try await database.schema(NetworkMeeting.schema).delete()
    }
}
