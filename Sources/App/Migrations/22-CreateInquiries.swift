import Fluent

struct CreateInquiries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Inquiry.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("department_id", .uuid, .required, .references(Department.schema, .id))
            .field("association_id", .uuid, .references(Association.schema, .id, onDelete: .setNull))
            .field("district_id", .uuid, .references(District.schema, .id, onDelete: .setNull))
            .field("submitter_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("registered_by_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("assignee_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("year", .int, .required)
            .field("number", .int, .required)
            .field("reference", .string, .required)
            .field("access_token", .string, .required)
            .field("topic", .string, .required)
            .field("question", .string, .required)
            .field("name", .string, .required)
            .field("email", .string, .required)
            .field("phone", .string, .required)
            .field("address", .string, .required)
            .field("channel", .string, .required)
            .field("received_via", .string, .required)
            .field("language", .string, .required)
            .field("status", .string, .required)
            .field("received_at", .datetime, .required)
            .field("due_at", .datetime, .required)
            .field("first_answered_at", .datetime)
            .field("closed_at", .datetime)
            .field("outcome", .string)
            .field("rating", .int)
            .field("rating_comment", .string)
            .unique(on: "reference")
            .unique(on: "access_token")
            .create()
        // The inbox lists a department's inquiries by status and age; statistics read one year.
        try await database.createIndex("inquiries_department_status", on: Inquiry.schema, "department_id", "status", "received_at")
        try await database.createIndex("inquiries_department_received", on: Inquiry.schema, "department_id", "received_at")
        try await database.createIndex("inquiries_due", on: Inquiry.schema, "status", "due_at")
        try await database.createIndex("inquiries_due_at", on: Inquiry.schema, "due_at", "received_at")
        try await database.createIndex("inquiries_year", on: Inquiry.schema, "year", "department_id")
        try await database.createIndex("inquiries_submitter", on: Inquiry.schema, "submitter_id", "received_at")
        try await database.createIndex("inquiries_association", on: Inquiry.schema, "association_id", "received_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Inquiry.schema).delete()
    }
}
