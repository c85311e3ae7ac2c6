import Fluent
import Foundation

/// A mail waiting to be sent, being sent, sent or given up on. Rows are written in the same
/// transaction as the change that causes them; the worker delivers them.
final class OutboxMessage: Model, @unchecked Sendable {
    static let schema = "outbox"

    enum Status: String, Codable, CaseIterable {
        case pending, sending, sent, failed
    }

    @ID(key: .id) var id: UUID?
    @Field(key: "created_at") var createdAt: Date
    /// Stable across retries, so a receiver can recognise a repeat.
    @Field(key: "message_id") var messageID: String
    @Field(key: "to_address") var toAddress: String
    @OptionalField(key: "to_name") var toName: String?
    @Field(key: "subject") var subject: String
    @Field(key: "body") var body: String
    @Field(key: "status") var status: Status
    @Field(key: "attempts") var attempts: Int
    @Field(key: "next_attempt_at") var nextAttemptAt: Date
    @OptionalField(key: "claimed_by") var claimedBy: String?
    @OptionalField(key: "claimed_at") var claimedAt: Date?
    @OptionalField(key: "sent_at") var sentAt: Date?
    @OptionalField(key: "last_error") var lastError: String?

    init() {}

    init(messageID: String, toAddress: String, toName: String?, subject: String, body: String, now: Date) {
        self.createdAt = now
        self.messageID = messageID
        self.toAddress = toAddress
        self.toName = toName
        self.subject = subject
        self.body = body
        self.status = .pending
        self.attempts = 0
        self.nextAttemptAt = now
    }
}
