import Fluent
import Foundation
import Domain

/// Someone who wants mail about consultations: a person for themselves, or an association
/// (mail to its address). Their topics say which consultations concern them.
package final class Subscriber: Model, @unchecked Sendable {
    package static let schema = "subscribers"

    @ID(key: .id) package var id: UUID?
    @Field(key: "created_at") package var createdAt: Date
    /// `p:<user>` or `a:<association>`: one subscription each.
    @Field(key: "owner_key") package var ownerKey: String
    @OptionalParent(key: "user_id") package var user: User?
    @OptionalParent(key: "association_id") package var association: Association?
    @Field(key: "email") package var email: String
    @Field(key: "name") package var name: String
    @Field(key: "language") package var language: String
    @Field(key: "frequency") package var frequency: SubscriptionFrequency
    /// The secret in the unsubscribe link, which works without signing in. Kept as it is (not
    /// hashed) because every mail carries it; it can do nothing but end this subscription.
    @Field(key: "token") package var token: String

    @Children(for: \.$subscriber) package var topics: [SubscriberTopic]

    package init() {}
}

package final class SubscriberTopic: Model, @unchecked Sendable {
    package static let schema = "subscriber_topics"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "subscriber_id") package var subscriber: Subscriber
    @Field(key: "kind") package var kind: String
    @Field(key: "value") package var value: String

    package init() {}

    package init(subscriberID: UUID, topic: SubscriptionTopic) {
        self.$subscriber.id = subscriberID
        self.kind = topic.kind
        self.value = topic.value
    }

    package var topic: SubscriptionTopic? { SubscriptionTopic(kind: kind, value: value) }
}

/// That a consultation's notice has gone out; its unique key makes the fan-out happen once,
/// however many instances look.
package final class ConsultationNotice: Model, @unchecked Sendable {
    package static let schema = "consultation_notices"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "consultation_id") package var consultation: Consultation
    @Field(key: "event") package var event: ConsultationNoticeEvent
    @Field(key: "sent_at") package var sentAt: Date
    @Field(key: "recipients") package var recipients: Int

    package init() {}

    package init(consultationID: UUID, event: ConsultationNoticeEvent, at now: Date) {
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

extension Subscriber: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $ownerKey, $user, $association, $email, $name, $language, $frequency, $token, $topics]
    }
}

extension SubscriberTopic: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $subscriber, $kind, $value] }
}

extension ConsultationNotice: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $consultation, $event, $sentAt, $recipients] }
}

extension DigestItem: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $subscriber, $consultation, $event, $createdAt] }
}
