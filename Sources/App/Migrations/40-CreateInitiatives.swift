import Fluent

/// Initiatives from civil society, routed to a department like an inquiry.
struct CreateInitiatives: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Initiative.schema)
            .id()
            .field("created_at", .datetime, .required)
            .field("association_id", .uuid, .required, .references(Association.schema, .id, onDelete: .cascade))
            .field("author_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("department_id", .uuid, .required, .references(Department.schema, .id))
            .field("topic", .string, .required)
            .field("title", .string, .required)
            .field("what", .string, .required)
            .field("why", .string, .required)
            .field("place", .string, .required)
            .field("needs", .string, .required)
            .field("goals", .string, .required)
            .field("is_public", .bool, .required)
            .field("status", .string, .required)
            .field("reason", .string, .required)
            .field("due_on", .string, .required)
            .field("decided_at", .datetime)
            .field("project_id", .uuid, .references(Project.schema, .id, onDelete: .setNull))
            .create()
        // The public list, newest first; a department's, soonest due first; an association's own.
        try await database.createIndex("initiatives_public", on: Initiative.schema, "is_public", "created_at")
        try await database.createIndex("initiatives_department", on: Initiative.schema, "department_id", "status", "due_on")
        try await database.createIndex("initiatives_association", on: Initiative.schema, "association_id", "created_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Initiative.schema).delete()
    }
}
