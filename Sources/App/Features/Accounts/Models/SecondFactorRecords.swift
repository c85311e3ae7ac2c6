import Fluent
import Foundation

/// A person's authenticator app: its TOTP key, sealed (`SecretBox`), and the last time step a
/// code was accepted for, so that a code works once.
final class TOTPCredential: Model, @unchecked Sendable {
    static let schema = "totp_credentials"

    @ID(key: .id) var id: UUID?
    @Field(key: "created_at") var createdAt: Date
    @Parent(key: "user_id") var user: User
    @Field(key: "secret_sealed") var secretSealed: String
    @OptionalField(key: "last_step") var lastStep: Int64?

    init() {}

    init(userID: UUID, secretSealed: String, lastStep: Int64?, now: Date) {
        self.createdAt = now
        self.$user.id = userID
        self.secretSealed = secretSealed
        self.lastStep = lastStep
    }
}

/// One of a person's ten recovery codes, as a hash; used once.
final class RecoveryCodeRecord: Model, @unchecked Sendable {
    static let schema = "recovery_codes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "user_id") var user: User
    @Field(key: "code_hash") var codeHash: String
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}

    init(userID: UUID, codeHash: String) {
        self.$user.id = userID
        self.codeHash = codeHash
    }
}

/// A sign-in half done: the password was right, the second factor is still to come. The
/// browser holds the token in a cookie; only its hash is stored. Ten minutes, five tries.
final class SignInChallenge: Model, @unchecked Sendable {
    static let schema = "sign_in_challenges"

    enum Purpose: String, Codable {
        /// A code from the app or a recovery code.
        case code
        /// An admin sets up an app before the session starts.
        case setUp = "set_up"
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @Parent(key: "user_id") var user: User
    @Field(key: "purpose") var purpose: Purpose
    @OptionalField(key: "return_path") var returnPath: String?
    @Field(key: "attempts") var attempts: Int
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(tokenHash: String, userID: UUID, purpose: Purpose, returnPath: String?, expiresAt: Date) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.purpose = purpose
        self.returnPath = returnPath
        self.attempts = 0
        self.expiresAt = expiresAt
    }
}

extension TOTPCredential: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $createdAt, $user, $secretSealed, $lastStep] }
}

extension RecoveryCodeRecord: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $user, $codeHash, $usedAt] }
}

extension SignInChallenge: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $tokenHash, $user, $purpose, $returnPath, $attempts, $expiresAt] }
}
