import Fluent
import SQLKit

struct CreateAssociations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        // The sort key is compared byte by byte on both databases (see AssociationName.sortKey).
        let sortKeyType: DatabaseSchema.DataType = database.isPostgres ? .sql(unsafeRaw: "TEXT COLLATE \"C\"") : .string
        try await database.schema(Association.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("created_by", .uuid)
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("sort_key", sortKeyType, .required)
            .field("normalized_name", .string, .required)
            .field("org_number", .string)
            .field("legal_form", .string)
            .field("member_band", .string)
            .field("description", .string, .required)
            .field("easy_read_description", .string, .required)
            .field("competences", .string, .required)
            .field("website", .string, .required)
            .field("email", .string, .required)
            .field("phone", .string, .required)
            .field("status", .string, .required)
            .field("status_message", .string, .required)
            .field("source", .string, .required)
            .field("verified_at", .datetime)
            .field("joined_since", .datetime)
            .unique(on: "slug")
            .unique(on: "org_number")
            .create()
        try await database.createIndex("associations_directory", on: Association.schema, "status", "sort_key")
        try await database.createIndex("associations_joined", on: Association.schema, "status", "joined_since")
        try await database.createIndex("associations_normalized_name", on: Association.schema, "normalized_name")
        try await database.createIndex("associations_created", on: Association.schema, "status", "created_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Association.schema).delete()
    }
}
