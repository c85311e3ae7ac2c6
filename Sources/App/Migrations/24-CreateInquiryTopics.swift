import Fluent

struct CreateInquiryTopics: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(InquiryTopicRoute.schema)
            .field("topic", .string, .identifier(auto: false))
            .field("department_id", .uuid, .required, .references(Department.schema, .id, onDelete: .cascade))
            .create()
        try await database.schema(InquiryCounter.schema)
            .field("year", .int, .identifier(auto: false))
            .field("last", .int, .required)
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(InquiryCounter.schema).delete()
        try await database.schema(InquiryTopicRoute.schema).delete()
    }
}
