import Fluent
import Foundation
import Domain

/// Someone who wants mail about new assignments in some districts and for some groups. Starts
/// when the link in the confirmation mail is followed (`confirmedAt`); the token is that link's
/// key and every notice's way to stop. Unconfirmed ones are deleted after a week.
package final class AssignmentAlert: Model, @unchecked Sendable {
    package static let schema = "assignment_alerts"

    @ID(key: .id) package var id: UUID?
    @Field(key: "created_at") package var createdAt: Date
    @Field(key: "email") package var email: String
    /// District ids, space-separated; empty: all.
    @Field(key: "districts") package var districts: String
    /// Target groups, space-separated; empty: all.
    @Field(key: "groups") package var groups: String
    @Field(key: "token") package var token: String
    @OptionalField(key: "confirmed_at") package var confirmedAt: Date?

    package init() {}

    package init(_ draft: AssignmentAlertDraft, token: String, at now: Date) {
        self.createdAt = now
        self.email = draft.email.value
        self.districts = draft.districts.map(\.description).joined(separator: " ")
        self.groups = draft.groups.map(\.rawValue).joined(separator: " ")
        self.token = token
    }

    package var draft: AssignmentAlertDraft? {
        EmailAddress(email).map {
            AssignmentAlertDraft(email: $0, districts: districts.split(separator: " ").compactMap { DistrictID(String($0)) },
                                 groups: groups.split(separator: " ").compactMap { TargetGroup(rawValue: String($0)) })
        }
    }
}

extension AssignmentAlert: LinkSubscription {
    package static let entityType = "assignment_alert"
}

extension AssignmentAlert: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $createdAt, $email, $districts, $groups, $token, $confirmedAt] }
}
