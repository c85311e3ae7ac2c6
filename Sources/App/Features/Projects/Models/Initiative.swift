import Fluent
import Foundation
import Domain

/// An idea a verified association proposes to the municipality, routed to a department like an
/// inquiry and answered within that department's promise.
package final class Initiative: Model, @unchecked Sendable {
    package static let schema = "initiatives"

    @ID(key: .id) package var id: UUID?
    @Field(key: "created_at") package var createdAt: Date
    @Parent(key: "association_id") package var association: Association
    @OptionalParent(key: "author_id") package var author: User?
    @Parent(key: "department_id") package var department: Department
    @Field(key: "topic") package var topic: InquiryTopic
    @Field(key: "title") package var title: String
    @Field(key: "what") package var what: String
    @Field(key: "why") package var why: String
    @Field(key: "place") package var place: String
    @Field(key: "needs") package var needs: String
    /// Goal numbers, comma-separated.
    @Field(key: "goals") package var goals: String
    @Field(key: "is_public") package var isPublic: Bool
    @Field(key: "status") package var status: InitiativeStatus
    @Field(key: "reason") package var reason: String
    /// The day the department promised an answer by, `YYYY-MM-DD`.
    @Field(key: "due_on") package var dueOn: String
    @OptionalField(key: "decided_at") package var decidedAt: Date?
    @OptionalParent(key: "project_id") package var project: Project?

    package init() {}

    package init(_ draft: InitiativeDraft, authorID: UUID?, department: Department, at now: Date) {
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

    package var goalNumbers: [Int] { goals.split(separator: ",").compactMap { Int($0) } }
}

extension Initiative: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $association, $author, $department, $topic, $title, $what, $why, $place, $needs, $goals,
         $isPublic, $status, $reason, $dueOn, $decidedAt, $project]
    }
}
