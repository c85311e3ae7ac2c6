import Fluent
import Foundation
import Domain

/// An association taking part in a Föreningarnas dag: what it offers and needs, as its
/// representative wrote it, and the organiser's word (only a confirmed one is in the programme).
package final class EventParticipant: Model, @unchecked Sendable {
    package static let schema = "event_participants"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "event_id") package var event: Event
    @Parent(key: "association_id") package var association: Association
    @OptionalField(key: "author_id") package var authorID: UUID?
    @Field(key: "created_at") package var createdAt: Date
    @Field(key: "kind") package var kind: ParticipationKind
    @Field(key: "offer") package var offer: String
    /// Codes, space-separated.
    @Field(key: "needs") package var needs: String
    @Field(key: "other_needs") package var otherNeeds: String
    @Field(key: "status") package var status: ParticipationStatus
    @Field(key: "reason") package var reason: String
    @OptionalField(key: "decided_at") package var decidedAt: Date?

    package init() {}

    package init(eventID: UUID, associationID: UUID, authorID: UUID?, draft: ParticipationDraft, at now: Date) {
        self.$event.id = eventID
        self.$association.id = associationID
        write(draft, authorID: authorID, at: now)
    }

    /// A sign-up as written, waiting for the organiser (also an earlier, withdrawn one signed up again).
    package func write(_ draft: ParticipationDraft, authorID: UUID?, at now: Date) {
        self.authorID = authorID
        self.createdAt = now
        self.kind = draft.kind
        self.offer = draft.offer
        self.needs = draft.needs.map(\.rawValue).joined(separator: " ")
        self.otherNeeds = draft.otherNeeds
        self.status = .proposed
        self.reason = ""
        self.decidedAt = nil
    }

    package var needList: [ParticipationNeed] { needs.split(separator: " ").compactMap { ParticipationNeed(rawValue: String($0)) } }
}

extension EventParticipant: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $event, $association, $authorID, $createdAt, $kind, $offer, $needs, $otherNeeds, $status, $reason,
         $decidedAt]
    }
}
