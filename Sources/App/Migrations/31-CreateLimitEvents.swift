import Fluent

/// One row per limited thing that happened (a mail to an address, a question from a client),
/// counted per key within the limit's window; kept a day.
struct CreateLimitEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(LimitEvent.schema)
            .id()
            .field("key", .string, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.createIndex("limit_events_key", on: LimitEvent.schema, "key", "at")
        try await database.createIndex("limit_events_at", on: LimitEvent.schema, "at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LimitEvent.schema).delete()
    }
}
