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

struct CreateSessions: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(SessionRecord.schema)
            .id()
            .field("token_hash", .string, .required)
            .field("user_id", .uuid, .references(User.schema, .id, onDelete: .cascade))
            .field("csrf_token", .string, .required)
            .field("created_at", .datetime, .required)
            .field("last_seen_at", .datetime, .required)
            .field("expires_at", .datetime, .required)
            .unique(on: "token_hash")
            .create()
        try await database.createIndex("sessions_user", on: SessionRecord.schema, "user_id")
        try await database.createIndex("sessions_expires", on: SessionRecord.schema, "expires_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SessionRecord.schema).delete()
    }
}

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

struct CreateLoginAttempts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(LoginAttempt.schema)
            .id()
            .field("email_hash", .string, .required)
            .field("ip_address", .string, .required)
            .field("succeeded", .bool, .required)
            .field("at", .datetime, .required)
            .create()
        try await database.createIndex("login_attempts_email", on: LoginAttempt.schema, "email_hash", "at")
        try await database.createIndex("login_attempts_ip", on: LoginAttempt.schema, "ip_address", "at")
        try await database.createIndex("login_attempts_at", on: LoginAttempt.schema, "at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(LoginAttempt.schema).delete()
    }
}
