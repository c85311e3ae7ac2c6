import Fluent
import Foundation
import Domain

/// What a verified association offers the municipality, open to answers until it is withdrawn.
package final class Offer: Model, @unchecked Sendable {
    package static let schema = "offers"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Field(key: "slug") package var slug: String
    @Parent(key: "association_id") package var association: Association
    @OptionalParent(key: "author_id") package var author: User?
    @Field(key: "title") package var title: String
    @Field(key: "summary") package var summary: String
    @Field(key: "easy_read") package var easyRead: String
    /// Competence tags, space-separated, so the full-text index reads them as words.
    @Field(key: "competences") package var competences: String
    /// Target groups' raw values, comma-separated.
    @Field(key: "target_groups") package var targetGroups: String
    @Field(key: "cost") package var cost: String
    @Field(key: "contact_name") package var contactName: String
    @Field(key: "contact_email") package var contactEmail: String
    @Field(key: "is_open") package var isOpen: Bool

    package init() {}

    package init(_ draft: OfferDraft, slug: String, authorID: UUID?) {
        self.slug = slug
        self.$association.id = draft.association.uuid
        self.$author.id = authorID
        self.title = draft.title
        self.summary = draft.summary
        self.easyRead = draft.easyRead
        self.competences = draft.competences.joined(separator: " ")
        self.targetGroups = draft.targetGroups.map(\.rawValue).joined(separator: ",")
        self.cost = draft.cost
        self.contactName = draft.contactName
        self.contactEmail = draft.contactEmail
        self.isOpen = true
    }

    package var state: OfferState { OfferState(association: AssociationID($association.id), isOpen: isOpen) }
    package var groups: [TargetGroup] { targetGroups.split(separator: ",").compactMap { TargetGroup(rawValue: String($0)) } }
}

/// A department's answer to an offer ("we would like that lecture"), and the association's word on it.
package final class OfferAnswer: Model, @unchecked Sendable {
    package static let schema = "offer_answers"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "offer_id") package var offer: Offer
    @Parent(key: "department_id") package var department: Department
    @OptionalParent(key: "author_id") package var author: User?
    @Field(key: "created_at") package var createdAt: Date
    @Field(key: "message") package var message: String
    @Field(key: "status") package var status: CallAnswerStatus
    /// Why not this time (N6); empty otherwise.
    @Field(key: "reason") package var reason: String
    @OptionalField(key: "decided_at") package var decidedAt: Date?
    @OptionalParent(key: "project_id") package var project: Project?

    package init() {}

    package init(offerID: UUID, departmentID: UUID, authorID: UUID?, message: String, at now: Date) {
        self.$offer.id = offerID
        self.$department.id = departmentID
        self.$author.id = authorID
        self.createdAt = now
        self.message = message
        self.status = .submitted
        self.reason = ""
    }
}

extension Offer: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $slug, $association, $author, $title, $summary, $easyRead, $competences,
         $targetGroups, $cost, $contactName, $contactEmail, $isOpen]
    }
}

extension OfferAnswer: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $offer, $department, $author, $createdAt, $message, $status, $reason, $decidedAt, $project]
    }
}
