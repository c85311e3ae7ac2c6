import Fluent

/// Registration for events that want it: the event's places, last day and question, and the
/// registrations (confirmed, waiting in order, cancelled), whose personal data is cleared 30
/// days after the event while the counts stay.
struct CreateEventRegistrations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(Event.schema).field("takes_registrations", .bool, .required, .sql(.default(false))).update()
        try await database.schema(Event.schema).field("capacity", .int).update()
        try await database.schema(Event.schema).field("registration_closes", .string).update()
        try await database.schema(Event.schema).field("question", .string, .required, .sql(.default(""))).update()
        try await database.schema(EventRegistration.schema)
            .id()
            .field("event_id", .uuid, .required, .references(Event.schema, .id, onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("answer", .string, .required)
            .field("status", .string, .required)
            .field("token", .string, .required)
            .field("cancelled_at", .datetime)
            .field("attended", .bool, .required)
            .field("registered_by_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("forgotten_at", .datetime)
            .unique(on: "token")
            .create()
        // An event's list by status, in the order people came (the waiting list's order).
        try await database.createIndex("event_registrations_event", on: EventRegistration.schema, "event_id", "status", "created_at")
        try await database.createIndex("event_registrations_email", on: EventRegistration.schema, "event_id", "email")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventRegistration.schema).delete()
        for column in ["question", "registration_closes", "capacity", "takes_registrations"] {
            try await database.schema(Event.schema).deleteField(FieldKey(stringLiteral: column)).update()
        }
    }
}
