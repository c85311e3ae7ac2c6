import Fluent

/// Offers from associations to the municipality, searchable in full text, and the departments'
/// answers to them (one per department and offer).
struct CreateOffers: AsyncMigration {
    static let search = FullTextIndex(table: Offer.schema, columns: ["title", "summary", "competences"])

    func prepare(on database: any Database) async throws {
        try await database.schema(Offer.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("slug", .string, .required)
            .field("association_id", .uuid, .required, .references(Association.schema, .id, onDelete: .cascade))
            .field("author_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("easy_read", .string, .required)
            .field("competences", .string, .required)
            .field("target_groups", .string, .required)
            .field("cost", .string, .required)
            .field("contact_name", .string, .required)
            .field("contact_email", .string, .required)
            .field("is_open", .bool, .required)
            .unique(on: "slug")
            .create()
        // Open (or withdrawn) offers newest first; an association's own.
        try await database.createIndex("offers_open", on: Offer.schema, "is_open", "created_at")
        try await database.createIndex("offers_association", on: Offer.schema, "association_id", "created_at")
        try await Self.search.create(on: database)
        try await database.schema(OfferAnswer.schema)
            .id()
            .field("offer_id", .uuid, .required, .references(Offer.schema, .id, onDelete: .cascade))
            .field("department_id", .uuid, .required, .references(Department.schema, .id))
            .field("author_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("created_at", .datetime, .required)
            .field("message", .string, .required)
            .field("status", .string, .required)
            .field("reason", .string, .required)
            .field("decided_at", .datetime)
            .field("project_id", .uuid, .references(Project.schema, .id, onDelete: .setNull))
            .unique(on: "offer_id", "department_id")
            .create()
        try await database.createIndex("offer_answers_department", on: OfferAnswer.schema, "department_id", "created_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(OfferAnswer.schema).delete()
        try await Self.search.drop(on: database)
        try await database.schema(Offer.schema).delete()
    }
}
