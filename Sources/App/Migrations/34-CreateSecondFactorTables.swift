import Fluent

/// TOTP keys, recovery codes and half-done sign-ins (issue 14: a second factor for administrators).
struct CreateSecondFactorTables: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(TOTPCredential.schema)
            .id()
            .field("created_at", .datetime, .required)
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("secret_sealed", .string, .required)
            .field("last_step", .int64)
            .unique(on: "user_id")
            .create()
        try await database.schema(RecoveryCodeRecord.schema)
            .id()
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("code_hash", .string, .required)
            .field("used_at", .datetime)
            .create()
        try await database.createIndex("recovery_codes_user", on: RecoveryCodeRecord.schema, "user_id", "code_hash")
        try await database.schema(SignInChallenge.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .required, .references(User.schema, .id, onDelete: .cascade))
            .field("purpose", .string, .required)
            .field("return_path", .string)
            .field("attempts", .int, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await database.createIndex("sign_in_challenges_expires", on: SignInChallenge.schema, "expires_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SignInChallenge.schema).delete()
        try await database.schema(RecoveryCodeRecord.schema).delete()
        try await database.schema(TOTPCredential.schema).delete()
    }
}
