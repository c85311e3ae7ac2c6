import Fluent
import Foundation
import Domain

/// One person's interest in an assignment. Never public: the organiser sees it in its list. The
/// token is the key of the link in every mail to the person (see it, or delete it). Name,
/// address, phone and message are cleared 6 months after the assignment stops taking interest,
/// or at once by that link (`forgottenAt`); the row stays, with its status, for the figures.
package final class VolunteerInterest: Model, @unchecked Sendable {
    package static let schema = "volunteer_interests"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "assignment_id") package var assignment: VolunteerAssignment
    @Field(key: "created_at") package var createdAt: Date
    @Field(key: "name") package var name: String
    @Field(key: "email") package var email: String
    @Field(key: "phone") package var phone: String
    @Field(key: "message") package var message: String
    @Field(key: "status") package var status: InterestStatus
    @Field(key: "token") package var token: String
    @OptionalField(key: "answered_at") package var answeredAt: Date?
    @OptionalField(key: "answered_by_id") package var answeredByID: UUID?
    /// The organiser's welcome, or its reason for "not this time".
    @Field(key: "answer") package var answer: String
    @OptionalField(key: "forgotten_at") package var forgottenAt: Date?

    package init() {}

    package init(assignmentID: UUID, draft: InterestDraft, token: String, at now: Date) {
        self.$assignment.id = assignmentID
        self.createdAt = now
        self.name = draft.name
        self.email = draft.email?.value ?? ""
        self.phone = draft.phone
        self.message = draft.message
        self.status = .new
        self.token = token
        self.answer = ""
    }

    /// Clears what identifies the person; the status stays for the counts.
    package func forget(at now: Date) {
        (name, email, phone, message, answer, forgottenAt) = ("", "", "", "", "", now)
    }
}

extension VolunteerInterest: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $assignment, $createdAt, $name, $email, $phone, $message, $status, $token, $answeredAt, $answeredByID,
         $answer, $forgottenAt]
    }
}
