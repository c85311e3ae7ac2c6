import Fluent

struct CreateUsers: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(User.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("department_id", .uuid, .references(Department.schema, .id, onDelete: .setNull))
            .field("email", .string, .required)
            .field("display_name", .string, .required)
            .field("password_hash", .string, .required)
            .field("email_confirmed_at", .datetime)
            .field("role", .string, .required)
            .field("is_entry_point_handler", .bool, .required)
            .field("is_contact_network_member", .bool, .required)
            .field("is_council_member", .bool, .required)
            .field("last_login_at", .datetime)
            .field("language", .string, .required)
            .unique(on: "email")
            .create()
        try await database.createIndex("users_display_name", on: User.schema, "display_name")
        try await database.createIndex("users_department", on: User.schema, "department_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(User.schema).delete()
    }
}
