import Fluent
import Foundation

/// That a new event's notice has gone to the subscribers of its district; its unique key makes
/// the fan-out happen once, however many instances look.
package final class EventNotice: Model, @unchecked Sendable {
    package static let schema = "event_notices"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "event_id") var event: Event
    @Field(key: "sent_at") var sentAt: Date
    @Field(key: "recipients") var recipients: Int

    package init() {}

    package init(eventID: UUID, at now: Date, recipients: Int) {
        self.$event.id = eventID
        self.sentAt = now
        self.recipients = recipients
    }
}

/// A new event waiting for a weekly subscriber's Monday mail, beside the consultations' and calls'.
final class EventDigestItem: Model, @unchecked Sendable {
    static let schema = "event_digest_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "subscriber_id") var subscriber: Subscriber
    @Parent(key: "event_id") var event: Event
    @Field(key: "created_at") var createdAt: Date

    init() {}

    init(subscriberID: UUID, eventID: UUID, at now: Date) {
        self.$subscriber.id = subscriberID
        self.$event.id = eventID
        self.createdAt = now
    }
}

extension EventNotice: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $event, $sentAt, $recipients] }
}

extension EventDigestItem: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $subscriber, $event, $createdAt] }
}
