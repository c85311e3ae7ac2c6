import Fluent
import SQLKit
import Foundation

/// New events in the subscriptions (the consultation subscriptions, extended to what happens in a
/// district): the one notice per event, and the events waiting for weekly subscribers' Monday digest.
struct CreateEventNotices: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(EventNotice.schema)
            .id()
            .field("event_id", .uuid, .required, .references(Event.schema, .id, onDelete: .cascade))
            .field("sent_at", .datetime, .required)
            .field("recipients", .int, .required)
            .unique(on: "event_id")
            .create()
        try await database.schema(EventDigestItem.schema)
            .id()
            .field("subscriber_id", .uuid, .required, .references(Subscriber.schema, .id, onDelete: .cascade))
            .field("event_id", .uuid, .required, .references(Event.schema, .id, onDelete: .cascade))
            .field("created_at", .datetime, .required)
            .create()
        try await database.createIndex("event_digest_items_subscriber", on: EventDigestItem.schema, "subscriber_id")
        try await database.createIndex("event_digest_items_created", on: EventDigestItem.schema, "created_at")
        // The look for events not yet noticed: recently published ones.
        try await database.createIndex("events_created", on: Event.schema, "created_at")
        // Those published before subscriptions took events count as told: no burst of mail at the upgrade.
        let sql = database as! any SQLDatabase
        let published = try await sql.select().column("id").from(Event.schema)
            .where("created_at", .greaterThanOrEqual, SQLBind(Date().addingTimeInterval(-EventNotices.window))).all()
        for row in published {
            try await EventNotice(eventID: try row.decode(column: "id", as: UUID.self), at: Date(), recipients: 0).create(on: database)
        }
    }

    func revert(on database: any Database) async throws {
        try await database.dropIndex("events_created")
        try await database.schema(EventDigestItem.schema).delete()
        try await database.schema(EventNotice.schema).delete()
    }
}
