import Fluent
import Foundation
import Domain
import Views

/// A member of the cooperation council and the clusters of associations they keep in touch with.
package final class CouncilMember: Model, @unchecked Sendable {
    package static let schema = "council_members"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Field(key: "name") package var name: String
    @Field(key: "side") package var side: CouncilSide
    @Field(key: "represents") package var represents: String
    @Field(key: "task") package var task: String
    @Field(key: "email") package var email: String
    /// Association categories, space-separated.
    @Field(key: "categories") package var categories: String
    /// District ids, space-separated.
    @Field(key: "districts") package var districts: String
    /// Where the member stands on the page: the chair first.
    @Field(key: "position") package var position: Int

    package init() {}

    package func apply(_ draft: CouncilMemberDraft) {
        (name, side, represents, task, email) = (draft.name, draft.side, draft.represents, draft.task, draft.email?.value ?? "")
        categories = draft.categories.map(\.rawValue).joined(separator: " ")
        districts = draft.districts.map(\.description).joined(separator: " ")
    }

    package var categoryList: [AssociationCategory] { categories.split(separator: " ").compactMap { AssociationCategory(rawValue: String($0)) } }
    package var districtList: [DistrictID] { districts.split(separator: " ").compactMap { DistrictID(String($0)) } }
    package var typedID: CouncilMemberID { CouncilMemberID(id!) }
}

/// A council meeting; its attendance names the members who came.
package final class CouncilMeeting: Model, @unchecked Sendable {
    package static let schema = "council_meetings"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Field(key: "day") package var day: String
    @Field(key: "place") package var place: String
    @Field(key: "agenda") package var agenda: String
    @Field(key: "minutes") package var minutes: String

    package init() {}
}

/// A member who was at a council meeting.
package final class CouncilAttendance: Model, @unchecked Sendable {
    package static let schema = "council_attendance"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "meeting_id") package var meeting: CouncilMeeting
    @Parent(key: "member_id") package var member: CouncilMember

    package init() {}

    package init(meetingID: UUID, memberID: UUID) {
        self.$meeting.id = meetingID
        self.$member.id = memberID
    }
}

extension CouncilMeeting: MeetingRecord {
    package static let body = MeetingBody.council
    package static let entityType = "council_meeting"
    package static let attendanceSchema = CouncilAttendance.schema
    package static let attendeeColumn = "member_id"

    package static func attendees(on db: any Database) async throws -> [(id: CouncilMemberID, name: String)] {
        try await CouncilMember.query(on: db).sort(\.$position).sort(\.$name).all().map { ($0.typedID, $0.name) }
    }
}

extension CouncilMember: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $name, $side, $represents, $task, $email, $categories, $districts, $position]
    }
}

extension CouncilMeeting: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $createdAt, $updatedAt, $day, $place, $agenda, $minutes] }
}

extension CouncilAttendance: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $meeting, $member] }
}
