import Fluent

struct CreateSubscriptions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Subscriber.schema)
            .id()
            .field("created_at", .datetime, .required)
            .field("owner_key", .string, .required)
            .field("user_id", .uuid, .references(User.schema, .id, onDelete: .cascade))
            .field("association_id", .uuid, .references(Association.schema, .id, onDelete: .cascade))
            .field("email", .string, .required)
            .field("name", .string, .required)
            .field("language", .string, .required)
            .field("frequency", .string, .required)
            .field("token", .string, .required)
            .unique(on: "owner_key")
            .unique(on: "token")
            .create()
        try await database.createIndex("subscribers_frequency", on: Subscriber.schema, "frequency")
        try await database.schema(SubscriberTopic.schema)
            .id()
            .field("subscriber_id", .uuid, .required, .references(Subscriber.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("value", .string, .required)
            .unique(on: "subscriber_id", "kind", "value")
            .create()
        // The fan-out looks topics up by kind and value.
        try await database.createIndex("subscriber_topics_match", on: SubscriberTopic.schema, "kind", "value", "subscriber_id")
        try await database.schema(ConsultationNotice.schema)
            .id()
            .field("consultation_id", .uuid, .required, .references(Consultation.schema, .id, onDelete: .cascade))
            .field("event", .string, .required)
            .field("sent_at", .datetime, .required)
            .field("recipients", .int, .required)
            .unique(on: "consultation_id", "event")
            .create()
        try await database.schema(DigestItem.schema)
            .id()
            .field("subscriber_id", .uuid, .required, .references(Subscriber.schema, .id, onDelete: .cascade))
            .field("consultation_id", .uuid, .required, .references(Consultation.schema, .id, onDelete: .cascade))
            .field("event", .string, .required)
            .field("created_at", .datetime, .required)
            .create()
        try await database.createIndex("subscription_digest_items_subscriber", on: DigestItem.schema, "subscriber_id")
        try await database.createIndex("subscription_digest_items_created", on: DigestItem.schema, "created_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(DigestItem.schema).delete()
        try await database.schema(ConsultationNotice.schema).delete()
        try await database.schema(SubscriberTopic.schema).delete()
        try await database.schema(Subscriber.schema).delete()
    }
}
