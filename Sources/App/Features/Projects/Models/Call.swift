import Fluent
import Foundation
import Domain

/// A department's call for partners: what it needs from civil society, until when.
package final class Call: Model, @unchecked Sendable {
    package static let schema = "calls"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Field(key: "slug") package var slug: String
    @Parent(key: "department_id") package var department: Department
    @Field(key: "title") package var title: String
    @Field(key: "summary") package var summary: String
    @Field(key: "easy_read") package var easyRead: String
    @Field(key: "form") package var form: Int
    @Field(key: "money") package var money: Bool
    @Field(key: "premises") package var premises: Bool
    /// The last day answers are taken, `YYYY-MM-DD`.
    @Field(key: "closes_on") package var closesOn: String
    @Field(key: "contact_name") package var contactName: String
    @Field(key: "contact_email") package var contactEmail: String

    package init() {}

    package var closes: CalendarDay { CalendarDay(iso: closesOn) ?? CalendarDay(1970, 1, 1) }
    package var ladder: LadderStep { LadderStep(rawValue: form) ?? .information }
    package var state: CallState { CallState(department: DepartmentID($department.id), closes: closes) }
}

/// One thing a call asks for: a competence, category, district or target group.
final class CallTag: Model, @unchecked Sendable {
    static let schema = "call_tags"

    enum Kind: String, Codable, Sendable { case competence, category, district, targetGroup }

    @ID(key: .id) var id: UUID?
    @Parent(key: "call_id") var call: Call
    @Field(key: "kind") var kind: Kind
    @Field(key: "value") var value: String

    init() {}

    init(callID: UUID, kind: Kind, value: String) {
        self.$call.id = callID
        self.kind = kind
        self.value = value
    }
}

/// An association's expression of interest, and the department's word on it.
package final class CallAnswer: Model, @unchecked Sendable {
    package static let schema = "call_answers"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "call_id") package var call: Call
    @Parent(key: "association_id") package var association: Association
    @OptionalParent(key: "author_id") package var author: User?
    @Field(key: "created_at") package var createdAt: Date
    @Field(key: "what") package var what: String
    @Field(key: "who") package var who: String
    @Field(key: "when_text") package var when: String
    @Field(key: "status") package var status: CallAnswerStatus
    /// Why not this time (N6); empty otherwise.
    @Field(key: "reason") package var reason: String
    @OptionalField(key: "decided_at") package var decidedAt: Date?
    @OptionalParent(key: "project_id") package var project: Project?

    package init() {}

    package init(callID: UUID, associationID: UUID, authorID: UUID?, draft: CallAnswerDraft, at now: Date) {
        self.$call.id = callID
        self.$association.id = associationID
        self.$author.id = authorID
        self.createdAt = now
        self.what = draft.what
        self.who = draft.who
        self.when = draft.when
        self.status = .submitted
        self.reason = ""
    }
}

/// That a call was sent to an association: at most once each.
package final class CallSending: Model, @unchecked Sendable {
    package static let schema = "call_sendings"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "call_id") package var call: Call
    @Parent(key: "association_id") package var association: Association
    @Field(key: "sent_at") package var sentAt: Date

    package init() {}

    package init(callID: UUID, associationID: UUID, at now: Date) {
        self.$call.id = callID
        self.$association.id = associationID
        self.sentAt = now
    }
}

extension Call: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $slug, $department, $title, $summary, $easyRead, $form, $money, $premises,
         $closesOn, $contactName, $contactEmail]
    }
}

extension CallTag: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $call, $kind, $value] }
}

extension CallAnswer: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $call, $association, $author, $createdAt, $what, $who, $when, $status, $reason, $decidedAt, $project]
    }
}

extension CallSending: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $call, $association, $sentAt] }
}
