import Fluent

extension SchemaBuilder {
    /// The columns every row published for a side starts with (`PublishedByParty`): its id and
    /// times, its address, the side (as a key, and its id for the foreign key), who wrote it, and
    /// the title and texts.
    func publishedByParty() -> SchemaBuilder {
        id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("slug", .string, .required)
            .field("organiser_key", .string, .required)
            .field("organiser_association_id", .uuid, .references(Association.schema, .id, onDelete: .cascade))
            .field("organiser_department_id", .uuid, .references(Department.schema, .id, onDelete: .cascade))
            .field("author_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("easy_read", .string, .required)
            .field("description", .string, .required)
    }
}
