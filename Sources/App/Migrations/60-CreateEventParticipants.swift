import Fluent

/// Associations taking part in a Föreningarnas dag: one sign-up per association and event.
struct CreateEventParticipants: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventParticipant.schema)
            .id()
            .field("event_id", .uuid, .required, .references(Event.schema, .id, onDelete: .cascade))
            .field("association_id", .uuid, .required, .references(Association.schema, .id, onDelete: .cascade))
            .field("author_id", .uuid)
            .field("created_at", .datetime, .required)
            .field("kind", .string, .required)
            .field("offer", .string, .required)
            .field("needs", .string, .required)
            .field("other_needs", .string, .required)
            .field("status", .string, .required)
            .field("reason", .string, .required)
            .field("decided_at", .datetime)
            .unique(on: "event_id", "association_id")
            .create()
        try await database.createIndex("event_participants_association", on: EventParticipant.schema, "association_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(EventParticipant.schema).delete()
    }
}
