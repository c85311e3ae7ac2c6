import Fluent

struct CreateFormSubmissions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(FormSubmission.schema)
            .field("key", .string, .identifier(auto: false))
            .field("created_at", .datetime, .required)
            .field("location", .string)
            .create()
        try await database.createIndex("form_submissions_created", on: FormSubmission.schema, "created_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(FormSubmission.schema).delete()
    }
}
