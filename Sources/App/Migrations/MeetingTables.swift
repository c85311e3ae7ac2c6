import Fluent

extension Database {
    /// A body's meetings and, per meeting, who came (`attendee` references `attendeeSchema`):
    /// the contact network's (departments) and the council's (members) are built alike.
    func createMeetingTables(_ meetings: String, attendance: String, attendee: FieldKey, attendeeSchema: String) async throws {
        try await schema(meetings)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("day", .string, .required)
            .field("place", .string, .required)
            .field("agenda", .string, .required)
            .field("minutes", .string, .required)
            .create()
        try await schema(attendance)
            .id()
            .field("meeting_id", .uuid, .required, .references(meetings, .id, onDelete: .cascade))
            .field(attendee, .uuid, .required, .references(attendeeSchema, .id, onDelete: .cascade))
            .unique(on: "meeting_id", attendee)
            .create()
    }
}
