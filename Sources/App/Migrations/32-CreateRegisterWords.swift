import Fluent

/// The admin's map from the words of the municipality's registers to Samverka's categories,
/// districts and target groups.
struct CreateRegisterWords: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(RegisterWord.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("kind", .string, .required)
            .field("word_key", .string, .required)
            .field("word", .string, .required)
            .field("category", .string)
            .field("target_group", .string)
            .field("district_id", .uuid, .references(District.schema, .id, onDelete: .cascade))
            // Also the order of the admin's list, so the page reads it by this index.
            .unique(on: "kind", "word_key")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RegisterWord.schema).delete()
    }
}
