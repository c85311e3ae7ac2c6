import Fluent

struct CreateAuditLog: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema)
            .id()
            .field("at", .datetime, .required)
            .field("actor_id", .uuid)
            .field("actor_label", .string, .required)
            .field("action", .string, .required)
            .field("entity_type", .string, .required)
            .field("entity_id", .string, .required)
            .field("summary", .string, .required)
            .field("request_id", .string)
            .create()
        try await database.createIndex("audit_log_at", on: AuditEntry.schema, "at")
        try await database.createIndex("audit_log_action", on: AuditEntry.schema, "action", "at")
        try await database.createIndex("audit_log_entity", on: AuditEntry.schema, "entity_type", "entity_id", "at")
        try await database.createIndex("audit_log_actor", on: AuditEntry.schema, "actor_id", "at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AuditEntry.schema).delete()
    }
}

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
