import Fluent

/// Repeating events: how often, until when, and the days they do not come. One column per
/// statement, because SQLite adds columns one at a time.
struct UpdateEventsAddRepeats: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Event.schema).field("repeat_frequency", .string).update()
        try await database.schema(Event.schema).field("repeat_until", .string).update()
        try await database.schema(Event.schema).field("repeat_exceptions", .string, .required, .sql(.default(""))).update()
    }

    func revert(on database: any Database) async throws {
        for column in ["repeat_exceptions", "repeat_until", "repeat_frequency"] {
            try await database.schema(Event.schema).deleteField(FieldKey(stringLiteral: column)).update()
        }
    }
}
