import Fluent
import Foundation
import Domain

/// An idea a verified association proposes to the municipality, routed to a department like an
/// inquiry and answered within that department's promise.
final class Initiative: Model, @unchecked Sendable {
    static let schema = "initiatives"

    @ID(key: .id) var id: UUID?
    @Field(key: "created_at") var createdAt: Date
    @Parent(key: "association_id") var association: Association
    @OptionalParent(key: "author_id") var author: User?
    @Parent(key: "department_id") var department: Department
    @Field(key: "topic") var topic: InquiryTopic
    @Field(key: "title") var title: String
    @Field(key: "what") var what: String
    @Field(key: "why") var why: String
    @Field(key: "place") var place: String
    @Field(key: "needs") var needs: String
    /// Goal numbers, comma-separated.
    @Field(key: "goals") var goals: String
    @Field(key: "is_public") var isPublic: Bool
    @Field(key: "status") var status: InitiativeStatus
    @Field(key: "reason") var reason: String
    /// The day the department promised an answer by, `YYYY-MM-DD`.
    @Field(key: "due_on") var dueOn: String
    @OptionalField(key: "decided_at") var decidedAt: Date?
    @OptionalParent(key: "project_id") var project: Project?

    init() {}

    init(_ draft: InitiativeDraft, authorID: UUID?, department: Department, at now: Date) {
        self.createdAt = now
        self.$association.id = draft.association.uuid
        self.$author.id = authorID
        self.$department.id = department.id!
        self.topic = draft.topic
        self.title = draft.title
        self.what = draft.what
        self.why = draft.why
        self.place = draft.place
        self.needs = draft.needs
        self.goals = draft.goals.map { String($0.number) }.joined(separator: ",")
        self.isPublic = draft.isPublic
        self.status = .received
        self.reason = ""
        self.dueOn = InitiativeRules.due(received: now, answerDays: department.answerDays).description
    }

    var goalNumbers: [Int] { goals.split(separator: ",").compactMap { Int($0) } }
}
