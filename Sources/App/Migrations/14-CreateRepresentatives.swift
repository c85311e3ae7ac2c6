import Fluent
import SQLKit

struct CreateRepresentatives: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Representative.schema)
            .id()
            .field("created_at", .datetime)
            .field("association_id", .uuid, .required, .references(Association.schema, .id, onDelete: .cascade))
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .unique(on: "association_id", "user_id")
            .create()
        try await database.createIndex("association_representatives_user", on: Representative.schema, "user_id")
        try await database.schema(RepresentativeInvitation.schema)
            .id()
            .field("created_at", .datetime)
            .field("association_id", .uuid, .required, .references(Association.schema, .id, onDelete: .cascade))
            .field("email", .string, .required)
            .field("token_hash", .string, .required)
            .field("invited_by", .uuid, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.createIndex("association_invitations_association", on: RepresentativeInvitation.schema, "association_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(RepresentativeInvitation.schema).delete()
        try await database.schema(Representative.schema).delete()
    }
}
