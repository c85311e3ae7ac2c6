import Fluent
import Foundation
import Domain

/// An action of the action plan; its status is the latest progress line's, kept here for the list.
package final class PlanAction: Model, @unchecked Sendable {
    package static let schema = "plan_actions"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Field(key: "first_year") package var firstYear: Int
    @Field(key: "last_year") package var lastYear: Int
    @Field(key: "title") package var title: String
    @Field(key: "description") package var description: String
    /// Nil: the council answers for it.
    @OptionalParent(key: "owner_department_id") package var ownerDepartment: Department?
    @OptionalParent(key: "principle_id") package var principle: Principle?
    @Field(key: "target") package var target: String
    @Field(key: "status") package var status: ActionStatus

    package init() {}

    package func apply(_ draft: ActionDraft) {
        (firstYear, lastYear, title, description, target) = (draft.firstYear, draft.lastYear, draft.title, draft.description, draft.target)
        if case .department(let id) = draft.owner { $ownerDepartment.id = id.uuid } else { $ownerDepartment.id = nil }
        $principle.id = draft.principle.flatMap(UUID.init(uuidString:))
    }

    package var owner: ActionOwner { $ownerDepartment.id.map { .department(DepartmentID($0)) } ?? .council }
}

/// A dated line of progress on an action.
package final class ActionProgress: Model, @unchecked Sendable {
    package static let schema = "action_progress"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Parent(key: "action_id") package var action: PlanAction
    @Field(key: "day") package var day: String
    @Field(key: "status") package var status: ActionStatus
    @Field(key: "note") package var note: String
    @Field(key: "author_label") package var authorLabel: String

    package init() {}

    package init(actionID: UUID, _ draft: ProgressDraft, author: String) {
        self.$action.id = actionID
        (day, status, note, authorLabel) = (draft.day.description, draft.status, draft.note, author)
    }

    package var calendarDay: CalendarDay { CalendarDay(iso: day) ?? CalendarDay(createdAt ?? Date()) }
}

extension PlanAction: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $firstYear, $lastYear, $title, $description, $ownerDepartment, $principle,
         $target, $status]
    }
}

extension ActionProgress: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $createdAt, $action, $day, $status, $note, $authorLabel] }
}
