import Fluent

struct CreateInquiryEntries: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(InquiryEntry.schema)
            .id()
            .field("inquiry_id", .uuid, .required, .references(Inquiry.schema, .id, onDelete: .cascade))
            .field("at", .datetime, .required)
            .field("kind", .string, .required)
            .field("is_public", .bool, .required)
            .field("author_id", .uuid)
            .field("author_label", .string, .required)
            .field("body", .string, .required)
            .field("from_department_id", .uuid)
            .field("to_department_id", .uuid)
            .create()
        try await database.createIndex("inquiry_entries_inquiry", on: InquiryEntry.schema, "inquiry_id", "at")
        // "Transferred from my department" is looked up by the department it left.
        try await database.createIndex("inquiry_entries_from", on: InquiryEntry.schema, "from_department_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(InquiryEntry.schema).delete()
    }
}
