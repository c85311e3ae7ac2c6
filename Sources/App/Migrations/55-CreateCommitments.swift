import Fluent

/// Each department's and company's yearly commitments under the agreement, and its report on them.
struct CreateCommitments: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Commitment.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("department_id", .uuid, .required, .references(Department.schema, .id, onDelete: .cascade))
            .field("year", .int, .required)
            .field("commitments", .string, .required)
            .field("report", .string, .required)
            .field("reported_at", .datetime)
            .unique(on: "year", "department_id")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Commitment.schema).delete()
    }
}
