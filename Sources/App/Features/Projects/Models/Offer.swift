import Fluent
import Foundation
import Domain

/// What a verified association offers the municipality, open to answers until it is withdrawn.
final class Offer: Model, @unchecked Sendable {
    static let schema = "offers"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Field(key: "slug") var slug: String
    @Parent(key: "association_id") var association: Association
    @OptionalParent(key: "author_id") var author: User?
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "easy_read") var easyRead: String
    /// Competence tags, space-separated, so the full-text index reads them as words.
    @Field(key: "competences") var competences: String
    /// Target groups' raw values, comma-separated.
    @Field(key: "target_groups") var targetGroups: String
    @Field(key: "cost") var cost: String
    @Field(key: "contact_name") var contactName: String
    @Field(key: "contact_email") var contactEmail: String
    @Field(key: "is_open") var isOpen: Bool

    init() {}

    init(_ draft: OfferDraft, slug: String, authorID: UUID?) {
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

    var state: OfferState { OfferState(association: AssociationID($association.id), isOpen: isOpen) }
    var groups: [TargetGroup] { targetGroups.split(separator: ",").compactMap { TargetGroup(rawValue: String($0)) } }
}

/// A department's answer to an offer ("we would like that lecture"), and the association's word on it.
final class OfferAnswer: Model, @unchecked Sendable {
    static let schema = "offer_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "offer_id") var offer: Offer
    @Parent(key: "department_id") var department: Department
    @OptionalParent(key: "author_id") var author: User?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "message") var message: String
    @Field(key: "status") var status: CallAnswerStatus
    /// Why not this time (N6); empty otherwise.
    @Field(key: "reason") var reason: String
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalParent(key: "project_id") var project: Project?

    init() {}

    init(offerID: UUID, departmentID: UUID, authorID: UUID?, message: String, at now: Date) {
        self.$offer.id = offerID
        self.$department.id = departmentID
        self.$author.id = authorID
        self.createdAt = now
        self.message = message
        self.status = .submitted
        self.reason = ""
    }
}
