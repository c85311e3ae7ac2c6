import Fluent

struct CreateSupportOfferings: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SupportOffering.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("department_id", .uuid, .required, .references(Department.schema, .id))
            .field("slug", .string, .required)
            .field("title", .string, .required)
            .field("kind", .string, .required)
            .field("step", .int, .required)
            .field("summary", .string, .required)
            .field("easy_read", .string, .required)
            .field("conditions", .string, .required)
            .field("requires_joined", .bool, .required)
            .field("requires_org_number", .bool, .required)
            .field("how_to_apply", .string, .required)
            .field("deadline", .datetime)
            .field("external_url", .string, .required)
            .field("is_published", .bool, .required)
            .unique(on: "slug")
            .create()
        // The catalogue lists published offerings by kind, step or department, in title order.
        try await database.createIndex("support_published_kind", on: SupportOffering.schema, "is_published", "kind", "title")
        try await database.createIndex("support_published_step", on: SupportOffering.schema, "is_published", "step", "title")
        try await database.createIndex("support_published_title", on: SupportOffering.schema, "is_published", "title")
        try await database.createIndex("support_department", on: SupportOffering.schema, "department_id", "title")
        try await database.schema(SupportCategoryTag.schema)
            .id()
            .field("offering_id", .uuid, .required, .references(SupportOffering.schema, .id, onDelete: .cascade))
            .field("category", .string, .required)
            .unique(on: "offering_id", "category")
            .create()
        try await database.createIndex("support_categories_category", on: SupportCategoryTag.schema, "category", "offering_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SupportCategoryTag.schema).delete()
        try await database.schema(SupportOffering.schema).delete()
    }
}
