import Fluent
import Foundation

/// A person who speaks for an association here. The registering person is the first.
package final class Representative: Model, @unchecked Sendable {
    package static let schema = "association_representatives"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Parent(key: "association_id") package var association: Association
    @Parent(key: "user_id") package var user: User

    package init() {}

    package init(associationID: UUID, userID: UUID) {
        self.$association.id = associationID
        self.$user.id = userID
    }
}

/// An invitation by mail to become a representative: single use, expires after 7 days.
final class RepresentativeInvitation: Model, @unchecked Sendable {
    static let schema = "association_invitations"
    static let lifetime: TimeInterval = 7 * 24 * 3600

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Parent(key: "association_id") var association: Association
    @Field(key: "email") var email: String
    @Field(key: "token_hash") var tokenHash: String
    @Field(key: "invited_by") var invitedBy: UUID
    @Field(key: "expires_at") var expiresAt: Date
    @OptionalField(key: "used_at") var usedAt: Date?

    init() {}

    init(associationID: UUID, email: String, tokenHash: String, invitedBy: UUID, expiresAt: Date) {
        self.$association.id = associationID
        self.email = email
        self.tokenHash = tokenHash
        self.invitedBy = invitedBy
        self.expiresAt = expiresAt
    }
}

extension Representative: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $createdAt, $association, $user] }
}

extension RepresentativeInvitation: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $association, $email, $tokenHash, $invitedBy, $expiresAt, $usedAt]
    }
}
