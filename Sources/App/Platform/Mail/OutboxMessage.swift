import Fluent
import Foundation
import Domain

/// A mail waiting to be sent, being sent, sent or given up on. Rows are written in the same
/// transaction as the change that causes them; the worker delivers them.
package final class OutboxMessage: Model, @unchecked Sendable {
    package static let schema = "outbox"

    package enum Status: String, Codable, CaseIterable {
        case pending, sending, sent, failed
    }

    @ID(key: .id) package var id: UUID?
    @Field(key: "created_at") package var createdAt: Date
    /// Stable across retries, so a receiver can recognise a repeat.
    @Field(key: "message_id") package var messageID: String
    @Field(key: "to_address") package var toAddress: String
    @OptionalField(key: "to_name") package var toName: String?
    @Field(key: "subject") package var subject: String
    @Field(key: "body") package var body: String
    @Field(key: "status") package var status: Status
    @Field(key: "attempts") package var attempts: Int
    @Field(key: "next_attempt_at") package var nextAttemptAt: Date
    @OptionalField(key: "claimed_by") package var claimedBy: String?
    @OptionalField(key: "claimed_at") package var claimedAt: Date?
    @OptionalField(key: "sent_at") package var sentAt: Date?
    @OptionalField(key: "last_error") package var lastError: String?
    /// One text file sent along (an event's calendar entry): its name, type and content.
    @OptionalField(key: "attachment_name") package var attachmentName: String?
    @OptionalField(key: "attachment_type") package var attachmentType: String?
    @OptionalField(key: "attachment_content") package var attachmentContent: String?

    package init() {}

    package init(messageID: String, toAddress: String, toName: String?, subject: String, body: String, now: Date) {
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

    package var attachment: MailAttachment? {
        get {
            guard let attachmentName, let attachmentType, let attachmentContent else { return nil }
            return MailAttachment(filename: attachmentName, contentType: attachmentType, content: attachmentContent)
        }
        set { (attachmentName, attachmentType, attachmentContent) = (newValue?.filename, newValue?.contentType, newValue?.content) }
    }
}

extension OutboxMessage: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $messageID, $toAddress, $toName, $subject, $body, $status, $attempts, $nextAttemptAt,
         $claimedBy, $claimedAt, $sentAt, $lastError, $attachmentName, $attachmentType, $attachmentContent]
    }
}
