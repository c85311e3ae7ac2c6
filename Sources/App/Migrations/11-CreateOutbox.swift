import Fluent

struct CreateOutbox: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema)
            .id()
            .field("created_at", .datetime, .required)
            .field("message_id", .string, .required)
            .field("to_address", .string, .required)
            .field("to_name", .string)
            .field("subject", .string, .required)
            .field("body", .string, .required)
            .field("status", .string, .required)
            .field("attempts", .int, .required)
            .field("next_attempt_at", .datetime, .required)
            .field("claimed_by", .string)
            .field("claimed_at", .datetime)
            .field("sent_at", .datetime)
            .field("last_error", .string)
            .unique(on: "message_id")
            .create()
        try await database.createIndex("outbox_due", on: OutboxMessage.schema, "status", "next_attempt_at")
        try await database.createIndex("outbox_created", on: OutboxMessage.schema, "created_at")
        try await database.createIndex("outbox_status_created", on: OutboxMessage.schema, "status", "created_at")
        try await database.createIndex("outbox_to", on: OutboxMessage.schema, "to_address")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OutboxMessage.schema).delete()
    }
}
