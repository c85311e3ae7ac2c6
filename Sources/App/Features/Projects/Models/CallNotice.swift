import Fluent
import Foundation

/// That a call's notice has gone to the subscribers its categories and districts concern; its
/// unique key makes the fan-out happen once, however many instances look.
package final class CallNotice: Model, @unchecked Sendable {
    package static let schema = "call_notices"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "call_id") var call: Call
    @Field(key: "sent_at") var sentAt: Date
    @Field(key: "recipients") var recipients: Int

    package init() {}

    package init(callID: UUID, at now: Date, recipients: Int) {
        self.$call.id = callID
        self.sentAt = now
        self.recipients = recipients
    }
}

/// A call waiting for a weekly subscriber's Monday mail, beside the consultations' `DigestItem`s.
final class CallDigestItem: Model, @unchecked Sendable {
    static let schema = "call_digest_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "subscriber_id") var subscriber: Subscriber
    @Parent(key: "call_id") var call: Call
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(subscriberID: UUID, callID: UUID, at now: Date) {
        self.$subscriber.id = subscriberID
        self.$call.id = callID
        self.createdAt = now
    }
}

extension CallNotice: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $call, $sentAt, $recipients] }
}

extension CallDigestItem: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $subscriber, $call, $createdAt] }
}
