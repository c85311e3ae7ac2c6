import Vapor
import Fluent
import Domain
import Views

/// A meeting of the contact network: the day (ISO), the place, the agenda and the minutes.
package final class NetworkMeeting: Model, @unchecked Sendable {
    package static let schema = "network_meetings"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Field(key: "day") package var day: String
    @Field(key: "place") package var place: String
    @Field(key: "agenda") package var agenda: String
    @Field(key: "minutes") package var minutes: String

    package init() {}
}

extension NetworkMeeting: MeetingRecord {
    package static let body = MeetingBody.network
    package static let entityType = "network_meeting"
    package static let attendanceSchema = NetworkAttendance.schema
    package static let attendeeColumn = "department_id"

    package static func attendees(on db: any Database) async throws -> [(id: DepartmentID, name: String)] {
        try await Department.query(on: db).sort(\.$position).sort(\.$name).all().map { ($0.typedID, $0.name) }
    }
}

/// A department or company that was at a meeting.
package final class NetworkAttendance: Model, @unchecked Sendable {
    package static let schema = "network_attendance"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "meeting_id") package var meeting: NetworkMeeting
    @Parent(key: "department_id") package var department: Department

    package init() {}

    package init(meetingID: UUID, departmentID: UUID) {
        self.$meeting.id = meetingID
        self.$department.id = departmentID
    }
}

extension NetworkMeeting: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $createdAt, $updatedAt, $day, $place, $agenda, $minutes] }
}

extension NetworkAttendance: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $meeting, $department] }
}
