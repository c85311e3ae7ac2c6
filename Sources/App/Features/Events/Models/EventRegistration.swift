import Fluent
import Foundation
import Domain

/// One person's registration for an event: confirmed, on the waiting list (in the order they
/// came) or cancelled. The token is the cancel link's key. Name, address and answer are cleared
/// 30 days after the event (`forgottenAt`); the row stays, with who they came as, for the counts.
package final class EventRegistration: Model, @unchecked Sendable {
    package static let schema = "event_registrations"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "event_id") package var event: Event
    @Field(key: "created_at") package var createdAt: Date
    @Field(key: "name") package var name: String
    @Field(key: "email") package var email: String
    @Field(key: "answer") package var answer: String
    @Field(key: "status") package var status: RegistrationStatus
    @Field(key: "token") package var token: String
    @OptionalField(key: "cancelled_at") package var cancelledAt: Date?
    @Field(key: "attended") package var attended: Bool
    @OptionalField(key: "registered_by_id") package var registeredByID: UUID?
    @OptionalField(key: "forgotten_at") package var forgottenAt: Date?
    /// A training's registrations: who they come as, and the department of staff and politicians (kept when forgotten).
    @OptionalField(key: "attendee_group") package var group: AttendeeGroup?
    @OptionalField(key: "department_id") package var departmentID: UUID?

    package init() {}

    package init(eventID: UUID, draft: SignUpDraft, status: RegistrationStatus, token: String, registeredBy: UUID?, at now: Date) {
        self.$event.id = eventID
        self.createdAt = now
        self.name = draft.name
        self.email = draft.email?.value ?? ""
        self.answer = draft.answer
        self.status = status
        self.token = token
        self.attended = false
        self.registeredByID = registeredBy
        self.group = draft.group
        self.departmentID = draft.departmentID?.uuid
    }
}

extension EventRegistration: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $event, $createdAt, $name, $email, $answer, $status, $token, $cancelledAt, $attended, $registeredByID,
         $forgottenAt, $group, $departmentID]
    }
}
