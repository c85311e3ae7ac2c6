import Fluent

/// The inquiry statistics as counts per department, month, measure and bucket, counted once
/// from the inquiries already there and kept by every change after.
struct CreateInquiryCounts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(InquiryCounts.schema)
            .field("department_id", .uuid, .required, .references(Department.schema, .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("month", .int, .required)
            .field("measure", .string, .required)
            .field("bucket", .int, .required)
            .field("tally", .int, .required)
            .unique(on: "department_id", "year", "month", "measure", "bucket")
            .create()
        try await database.createIndex("inquiry_counts_year", on: InquiryCounts.schema, "year")
        try await InquiryCounts.rebuild(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(InquiryCounts.schema).delete()
    }
}
