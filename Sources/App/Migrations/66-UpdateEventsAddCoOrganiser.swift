import Fluent

/// A second organiser of an event: its side (`a:<id>` or `d:<id>`, as `organiser_key`) and
/// where the invitation stands. No foreign key (SQLite cannot add one to an existing table): a
/// key that no longer names anyone is shown as no one. Indexed for "events we organise too".
struct UpdateEventsAddCoOrganiser: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Event.schema).field("co_organiser_key", .string).update()
        try await database.schema(Event.schema).field("co_organiser_status", .string).update()
        try await database.createIndex("events_co_organiser_next", on: Event.schema, "co_organiser_key", "next_starts_at")
    }

    func revert(on database: any Database) async throws {
        try await database.dropIndex("events_co_organiser_next")
        try await database.schema(Event.schema).deleteField("co_organiser_status").update()
        try await database.schema(Event.schema).deleteField("co_organiser_key").update()
    }
}
