import Fluent

/// Calls for partners with their tags, the associations they were sent to, the answers, and
/// the project a chosen answer became.
struct CreateCalls: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Call.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("slug", .string, .required)
            .field("department_id", .uuid, .required, .references(Department.schema, .id))
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("easy_read", .string, .required)
            .field("form", .int, .required)
            .field("money", .bool, .required)
            .field("premises", .bool, .required)
            .field("closes_on", .string, .required)
            .field("contact_name", .string, .required)
            .field("contact_email", .string, .required)
            .unique(on: "slug")
            .create()
        // Open calls soonest closing first, closed ones last closed first; a department's own.
        try await database.createIndex("calls_closes", on: Call.schema, "closes_on")
        try await database.createIndex("calls_department", on: Call.schema, "department_id", "closes_on")
        try await database.schema(CallTag.schema)
            .id()
            .field("call_id", .uuid, .required, .references(Call.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("value", .string, .required)
            .unique(on: "call_id", "kind", "value")
            .create()
        try await database.createIndex("call_tags_value", on: CallTag.schema, "kind", "value", "call_id")
        try await database.schema(CallAnswer.schema)
            .id()
            .field("call_id", .uuid, .required, .references(Call.schema, .id, onDelete: .cascade))
            .field("association_id", .uuid, .required, .references(Association.schema, .id, onDelete: .cascade))
            .field("author_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("what", .string, .required)
            .field("who", .string, .required)
            .field("when_text", .string, .required)
            .field("status", .string, .required)
            .field("reason", .string, .required)
            .field("decided_at", .datetime)
            .field("project_id", .uuid, .references(Project.schema, .id, onDelete: .setNull))
            .unique(on: "call_id", "association_id")
            .create()
        try await database.createIndex("call_answers_association", on: CallAnswer.schema, "association_id", "created_at")
        try await database.schema(CallSending.schema)
            .id()
            .field("call_id", .uuid, .required, .references(Call.schema, .id, onDelete: .cascade))
            .field("association_id", .uuid, .required, .references(Association.schema, .id, onDelete: .cascade))
            .field("sent_at", .datetime, .required)
            .unique(on: "call_id", "association_id")
            .create()
        try await database.schema(Project.schema).field("call_id", .uuid, .references(Call.schema, .id, onDelete: .setNull)).update()
        try await database.createIndex("projects_call", on: Project.schema, "call_id")
    }

    func revert(on database: any Database) async throws {
        try await database.dropIndex("projects_call")
        try await database.schema(Project.schema).deleteField("call_id").update()
        for schema in [CallSending.schema, CallAnswer.schema, CallTag.schema, Call.schema] { try await database.schema(schema).delete() }
    }
}
