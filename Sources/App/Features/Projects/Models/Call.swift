import Fluent
import Foundation
import Domain

/// A department's call for partners: what it needs from civil society, until when.
final class Call: Model, @unchecked Sendable {
    static let schema = "calls"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Field(key: "slug") var slug: String
    @Parent(key: "department_id") var department: Department
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "easy_read") var easyRead: String
    @Field(key: "form") var form: Int
    @Field(key: "money") var money: Bool
    @Field(key: "premises") var premises: Bool
    /// The last day answers are taken, `YYYY-MM-DD`.
    @Field(key: "closes_on") var closesOn: String
    @Field(key: "contact_name") var contactName: String
    @Field(key: "contact_email") var contactEmail: String

    init() {}

    var closes: CalendarDay { CalendarDay(iso: closesOn) ?? CalendarDay(1970, 1, 1) }
    var ladder: LadderStep { LadderStep(rawValue: form) ?? .information }
    var state: CallState { CallState(department: DepartmentID($department.id), closes: closes) }
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
final class CallAnswer: Model, @unchecked Sendable {
    static let schema = "call_answers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "call_id") var call: Call
    @Parent(key: "association_id") var association: Association
    @OptionalParent(key: "author_id") var author: User?
    @Field(key: "created_at") var createdAt: Date
    @Field(key: "what") var what: String
    @Field(key: "who") var who: String
    @Field(key: "when_text") var when: String
    @Field(key: "status") var status: CallAnswerStatus
    /// Why not this time (N6); empty otherwise.
    @Field(key: "reason") var reason: String
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalParent(key: "project_id") var project: Project?

    init() {}

    init(callID: UUID, associationID: UUID, authorID: UUID?, draft: CallAnswerDraft, at now: Date) {
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
final class CallSending: Model, @unchecked Sendable {
    static let schema = "call_sendings"

    @ID(key: .id) var id: UUID?
    @Parent(key: "call_id") var call: Call
    @Parent(key: "association_id") var association: Association
    @Field(key: "sent_at") var sentAt: Date

    init() {}

    init(callID: UUID, associationID: UUID, at now: Date) {
        self.$call.id = callID
        self.$association.id = associationID
        self.sentAt = now
    }
}
