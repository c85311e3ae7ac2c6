import Fluent

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
