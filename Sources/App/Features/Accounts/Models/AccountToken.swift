import Fluent
import Foundation

/// A single-use link sent by mail: confirm the address or reset the password.
/// Only a hash of the token is stored, so a copy of the database opens nothing.
final class AccountToken: Model, @unchecked Sendable {
    static let schema = "account_tokens"

    enum Purpose: String, Codable {
        case confirmEmail = "confirm_email"
        case resetPassword = "reset_password"

        var lifetime: TimeInterval {
            switch self {
            case .confirmEmail: return 48 * 3600
            case .resetPassword: return 3600
            }
        }
    }

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Parent(key: "user_id") var user: User
    @Field(key: "purpose") var purpose: Purpose
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}

    init(userID: UUID, purpose: Purpose, tokenHash: String, expiresAt: Date) {
        self.$user.id = userID
        self.purpose = purpose
        self.tokenHash = tokenHash
        self.expiresAt = expiresAt
    }
}

/// One sign-in attempt, kept briefly to slow down guessing. The e-mail is stored hashed.
final class LoginAttempt: Model, @unchecked Sendable {
    static let schema = "login_attempts"

    @ID(key: .id) var id: UUID?
    @Field(key: "email_hash") var emailHash: String
    @Field(key: "ip_address") var ipAddress: String
    @Field(key: "succeeded") var succeeded: Bool
    @Field(key: "at") var at: Date

    init() {}

    init(emailHash: String, ipAddress: String, succeeded: Bool, at: Date) {
        self.emailHash = emailHash
        self.ipAddress = ipAddress
        self.succeeded = succeeded
        self.at = at
    }
}

extension AccountToken: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $createdAt, $user, $purpose, $tokenHash, $expiresAt, $usedAt] }
}

extension LoginAttempt: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $emailHash, $ipAddress, $succeeded, $at] }
}
