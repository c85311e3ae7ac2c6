import Fluent
import Foundation
import Domain

/// Someone who wants mail about consultations: a person for themselves, or an association
/// (mail to its address). Their topics say which consultations concern them.
final class Subscriber: Model, @unchecked Sendable {
    static let schema = "subscribers"

    @ID(key: .id) var id: UUID?
    @Field(key: "created_at") var createdAt: Date
    /// `p:<user>` or `a:<association>`: one subscription each.
    @Field(key: "owner_key") var ownerKey: String
    @OptionalParent(key: "user_id") var user: User?
    @OptionalParent(key: "association_id") var association: Association?
    @Field(key: "email") var email: String
    @Field(key: "name") var name: String
    @Field(key: "language") var language: String
    @Field(key: "frequency") var frequency: SubscriptionFrequency
    /// The secret in the unsubscribe link, which works without signing in. Kept as it is (not
    /// hashed) because every mail carries it; it can do nothing but end this subscription.
    @Field(key: "token") var token: String

    @Children(for: \.$subscriber) var topics: [SubscriberTopic]

    init() {}
}

final class SubscriberTopic: Model, @unchecked Sendable {
    static let schema = "subscriber_topics"

    @ID(key: .id) var id: UUID?
    @Parent(key: "subscriber_id") var subscriber: Subscriber
    @Field(key: "kind") var kind: String
    @Field(key: "value") var value: String

    init() {}

    init(subscriberID: UUID, topic: SubscriptionTopic) {
        self.$subscriber.id = subscriberID
        self.kind = topic.kind
        self.value = topic.value
    }

    var topic: SubscriptionTopic? { SubscriptionTopic(kind: kind, value: value) }
}

/// That a consultation's notice has gone out; its unique key makes the fan-out happen once,
/// however many instances look.
final class ConsultationNotice: Model, @unchecked Sendable {
    static let schema = "consultation_notices"

    @ID(key: .id) var id: UUID?
    @Parent(key: "consultation_id") var consultation: Consultation
    @Field(key: "event") var event: ConsultationNoticeEvent
    @Field(key: "sent_at") var sentAt: Date
    @Field(key: "recipients") var recipients: Int

    init() {}

    init(consultationID: UUID, event: ConsultationNoticeEvent, at now: Date) {
        self.$consultation.id = consultationID
        self.event = event
        self.sentAt = now
        self.recipients = 0
    }
}

/// A notice waiting for a weekly subscriber's Monday mail.
final class DigestItem: Model, @unchecked Sendable {
    static let schema = "subscription_digest_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "subscriber_id") var subscriber: Subscriber
    @Parent(key: "consultation_id") var consultation: Consultation
    @Field(key: "event") var event: ConsultationNoticeEvent
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(subscriberID: UUID, consultationID: UUID, event: ConsultationNoticeEvent, at now: Date) {
        self.$subscriber.id = subscriberID
        self.$consultation.id = consultationID
        self.event = event
        self.createdAt = now
    }
}
