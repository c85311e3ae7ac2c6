import Fluent
import Foundation
import Domain

/// A question or request to the municipality, held by one department at a time.
/// The person who asked reaches it by a private link. The token is kept as it is, not hashed:
/// every mail about the inquiry repeats the link, and whoever can read this table can read
/// the inquiries anyway.
package final class Inquiry: Model, @unchecked Sendable {
    package static let schema = "inquiries"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    @Parent(key: "department_id") package var department: Department
    @OptionalField(key: "association_id") package var associationID: UUID?
    @OptionalField(key: "district_id") package var districtID: UUID?
    @OptionalField(key: "submitter_id") package var submitterID: UUID?
    @OptionalField(key: "registered_by_id") package var registeredByID: UUID?
    @OptionalParent(key: "assignee_id") package var assignee: User?

    @Field(key: "year") package var year: Int
    @Field(key: "number") package var number: Int
    @Field(key: "reference") package var reference: String
    @Field(key: "access_token") package var accessToken: String
    @Field(key: "topic") package var topic: InquiryTopic
    @Field(key: "question") package var question: String
    @Field(key: "name") package var name: String
    @Field(key: "email") package var email: String
    @Field(key: "phone") package var phone: String
    @Field(key: "address") package var address: String
    @Field(key: "channel") package var channel: AnswerChannel
    @Field(key: "received_via") package var receivedVia: ReceivedVia
    /// The language the person wrote in; mails to them are written in it.
    @Field(key: "language") package var language: String

    @Field(key: "status") package var status: InquiryStatus
    @Field(key: "received_at") package var receivedAt: Date
    /// The end of the day by which a first answer is promised.
    @Field(key: "due_at") package var dueAt: Date
    @OptionalField(key: "first_answered_at") package var firstAnsweredAt: Date?
    @OptionalField(key: "closed_at") package var closedAt: Date?
    @OptionalField(key: "outcome") package var outcome: InquiryOutcome?
    @OptionalField(key: "rating") package var rating: Int?
    @OptionalField(key: "rating_comment") package var ratingComment: String?

    package init() {}

    package var referenceValue: InquiryReference { InquiryReference(year: year, number: number) }

    package var dueOn: CalendarDay { CalendarDay(dueAt.addingTimeInterval(-1)) }

    package func isOverdue(now: Date) -> Bool { firstAnsweredAt == nil && status.isOpen && now >= dueAt }
}

/// One line in an inquiry's history: a reply, a note, added information, a transfer, a change
/// of status. Only public lines are shown to the person who asked.
package final class InquiryEntry: Model, @unchecked Sendable {
    package static let schema = "inquiry_entries"

    package typealias Kind = InquiryEntryKind

    @ID(key: .id) package var id: UUID?
    @Parent(key: "inquiry_id") package var inquiry: Inquiry
    @Field(key: "at") package var at: Date
    @Field(key: "kind") package var kind: Kind
    @Field(key: "is_public") package var isPublic: Bool
    @OptionalField(key: "author_id") package var authorID: UUID?
    @Field(key: "author_label") package var authorLabel: String
    @Field(key: "body") package var body: String
    @OptionalField(key: "from_department_id") package var fromDepartmentID: UUID?
    @OptionalField(key: "to_department_id") package var toDepartmentID: UUID?

    package init() {}

    package init(inquiryID: UUID, at: Date, kind: Kind, isPublic: Bool, authorID: UUID?, authorLabel: String, body: String,
         from: UUID? = nil, to: UUID? = nil) {
        self.$inquiry.id = inquiryID
        self.at = at
        self.kind = kind
        self.isPublic = isPublic
        self.authorID = authorID
        self.authorLabel = authorLabel
        self.body = body
        self.fromDepartmentID = from
        self.toDepartmentID = to
    }
}

/// Which department's entry point answers a topic. Kept by the admin.
package final class InquiryTopicRoute: Model, @unchecked Sendable {
    package static let schema = "inquiry_topics"

    @ID(custom: "topic", generatedBy: .user) package var id: String?
    @Parent(key: "department_id") package var department: Department

    package init() {}

    package init(topic: InquiryTopic, departmentID: UUID) {
        self.id = topic.rawValue
        self.$department.id = departmentID
    }
}

extension Inquiry: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $department, $associationID, $districtID, $submitterID, $registeredByID,
         $assignee, $year, $number, $reference, $accessToken, $topic, $question, $name, $email, $phone, $address,
         $channel, $receivedVia, $language, $status, $receivedAt, $dueAt, $firstAnsweredAt, $closedAt, $outcome,
         $rating, $ratingComment]
    }
}

extension InquiryEntry: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $inquiry, $at, $kind, $isPublic, $authorID, $authorLabel, $body, $fromDepartmentID, $toDepartmentID]
    }
}

extension InquiryTopicRoute: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $department] }
}
