import Fluent

struct CreateAccountTokens: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AccountToken.schema)
            .id()
            .field("created_at", .datetime)
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("purpose", .string, .required)
            .field("token_hash", .string, .required)
            .field("expires_at", .datetime, .required)
            .field("used_at", .datetime)
            .unique(on: "token_hash")
            .create()
        try await database.createIndex("account_tokens_user", on: AccountToken.schema, "user_id")
        try await database.createIndex("account_tokens_expires", on: AccountToken.schema, "expires_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AccountToken.schema).delete()
    }
}
