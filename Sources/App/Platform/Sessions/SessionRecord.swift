import Fluent
import Foundation

/// A browser session, stored in the database so that any instance can serve any request.
/// The cookie holds a random token; only its SHA-256 is stored.
final class SessionRecord: Model, @unchecked Sendable {
    static let schema = "sessions"

    @ID(key: .id) var id: UUID?
    @Field(key: "token_hash") var tokenHash: String
    @OptionalParent(key: "user_id") var user: User?
    @Field(key: "csrf_token") var csrfToken: String
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "last_seen_at") var lastSeenAt: Date
    /// The absolute end, however active the session is.
    @Field(key: "expires_at") var expiresAt: Date

    init() {}

    init(tokenHash: String, userID: UUID?, csrfToken: String, now: Date, lifetime: TimeInterval) {
        self.tokenHash = tokenHash
        self.$user.id = userID
        self.csrfToken = csrfToken
        self.createdAt = now
        self.lastSeenAt = now
        self.expiresAt = now.addingTimeInterval(lifetime)
    }
}

extension SessionRecord: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $tokenHash, $user, $csrfToken, $createdAt, $lastSeenAt, $expiresAt] }
}
