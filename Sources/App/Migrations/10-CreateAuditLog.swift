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
