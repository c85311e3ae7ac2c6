import Fluent
import SQLKit

/// The lists order events by when they next take place: a weekly series that began in spring
/// comes among next week's events, not above them all. Filled with the start for the events
/// there are (a series is moved on by the next `Housekeeping`), and indexed as `starts_at` is.
struct UpdateEventsAddNextStart: AsyncMigration {
    static let indexes = [("events_next", ["next_starts_at"]), ("events_district_next", ["district_id", "next_starts_at"]),
                          ("events_kind_next", ["kind", "next_starts_at"]), ("events_organiser_next", ["organiser_key", "next_starts_at"])]

    func prepare(on database: any Database) async throws {
        try await database.schema(Event.schema).field("next_starts_at", .datetime).update()
        try await (database as! any SQLDatabase).update(Event.schema).set("next_starts_at", to: SQLColumn("starts_at")).run()
        for (name, columns) in Self.indexes { try await database.createIndex(name, on: Event.schema, columns) }
    }

    func revert(on database: any Database) async throws {
        for (name, _) in Self.indexes { try await database.dropIndex(name) }
        try await database.schema(Event.schema).deleteField("next_starts_at").update()
    }
}
