import Fluent
import Foundation
import Domain

/// A day (or half day) a member of staff spent with civil society, counted for their department
/// in its year; the goals it served in a table of their own, for the figures per goal.
package final class StaffDay: Model, @unchecked Sendable {
    package static let schema = "staff_days"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Parent(key: "user_id") package var user: User
    @Parent(key: "department_id") package var department: Department
    @Field(key: "day") package var day: String
    @Field(key: "year") package var year: Int
    @Field(key: "halves") package var halves: Int
    @OptionalField(key: "association_id") package var associationID: UUID?
    @Field(key: "activity") package var activity: StaffDayActivity
    @Field(key: "note") package var note: String

    package init() {}

    package init(userID: UUID, departmentID: UUID) {
        self.$user.id = userID
        self.$department.id = departmentID
    }

    package func apply(_ draft: StaffDayDraft) {
        (day, year, halves) = (draft.day.description, draft.day.year, draft.length.halves)
        (associationID, activity, note) = (draft.association?.uuid, draft.activity, draft.note)
    }

    package var state: StaffDayState { StaffDayState(author: UserID($user.id), department: DepartmentID($department.id)) }
    package var days: Double { Double(halves) / 2 }
}

/// A goal a staff day served, with its year and department for the figures.
package final class StaffDayGoal: Model, @unchecked Sendable {
    package static let schema = "staff_day_goals"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "staff_day_id") package var staffDay: StaffDay
    @Field(key: "goal") package var goal: Int
    @Field(key: "year") package var year: Int
    @Field(key: "halves") package var halves: Int

    package init() {}

    package init(staffDayID: UUID, goal: Sdg, year: Int, halves: Int) {
        self.$staffDay.id = staffDayID
        (self.goal, self.year, self.halves) = (goal.number, year, halves)
    }
}

/// A department's target for a year.
package final class StaffDayTargetRow: Model, @unchecked Sendable {
    package static let schema = "staff_day_targets"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "department_id") package var department: Department
    @Field(key: "year") package var year: Int
    @Field(key: "days_per_employee") package var daysPerEmployee: Double
    @Field(key: "head_count") package var headCount: Int

    package init() {}

    package var target: StaffDayTarget { StaffDayTarget(daysPerEmployee: daysPerEmployee, headCount: headCount) }
}

extension StaffDay: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $user, $department, $day, $year, $halves, $associationID, $activity, $note]
    }
}

extension StaffDayGoal: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $staffDay, $goal, $year, $halves] }
}

extension StaffDayTargetRow: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $department, $year, $daysPerEmployee, $headCount] }
}
