import Fluent

/// Calls for partners in the subscriptions: the one notice per call, and the calls waiting for
/// weekly subscribers' Monday digest.
struct CreateCallNotices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CallNotice.schema)
            .id()
            .field("call_id", .uuid, .required, .references(Call.schema, .id, onDelete: .cascade))
            .field("sent_at", .datetime, .required)
            .field("recipients", .int, .required)
            .unique(on: "call_id")
            .create()
        try await database.schema(CallDigestItem.schema)
            .id()
            .field("subscriber_id", .uuid, .required, .references(Subscriber.schema, .id, onDelete: .cascade))
            .field("call_id", .uuid, .required, .references(Call.schema, .id, onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .create()
        try await database.createIndex("call_digest_items_subscriber", on: CallDigestItem.schema, "subscriber_id")
        try await database.createIndex("call_digest_items_created", on: CallDigestItem.schema, "created_at")
        // The look for calls not yet noticed: recently created ones.
        try await database.createIndex("calls_created", on: Call.schema, "created_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(CallDigestItem.schema).delete()
        try await database.schema(CallNotice.schema).delete()
    }
}
