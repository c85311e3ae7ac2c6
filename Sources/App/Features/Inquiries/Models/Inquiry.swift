import Fluent
import Foundation
import Domain

/// A question or request to the municipality, held by one department at a time.
/// The person who asked reaches it by a private link. The token is kept as it is, not hashed:
/// every mail about the inquiry repeats the link, and whoever can read this table can read
/// the inquiries anyway.
final class Inquiry: Model, @unchecked Sendable {
    static let schema = "inquiries"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Parent(key: "department_id") var department: Department
    @OptionalField(key: "association_id") var associationID: UUID?
    @OptionalField(key: "district_id") var districtID: UUID?
    @OptionalField(key: "submitter_id") var submitterID: UUID?
    @OptionalField(key: "registered_by_id") var registeredByID: UUID?
    @OptionalParent(key: "assignee_id") var assignee: User?

    @Field(key: "year") var year: Int
    @Field(key: "number") var number: Int
    @Field(key: "reference") var reference: String
    @Field(key: "access_token") var accessToken: String
    @Field(key: "topic") var topic: InquiryTopic
    @Field(key: "question") var question: String
    @Field(key: "name") var name: String
    @Field(key: "email") var email: String
    @Field(key: "phone") var phone: String
    @Field(key: "address") var address: String
    @Field(key: "channel") var channel: AnswerChannel
    @Field(key: "received_via") var receivedVia: ReceivedVia
    /// The language the person wrote in; mails to them are written in it.
    @Field(key: "language") var language: String

    @Field(key: "status") var status: InquiryStatus
    @Field(key: "received_at") var receivedAt: Date
    /// The end of the day by which a first answer is promised.
    @Field(key: "due_at") var dueAt: Date
    @OptionalField(key: "first_answered_at") var firstAnsweredAt: Date?
    @OptionalField(key: "closed_at") var closedAt: Date?
    @OptionalField(key: "outcome") var outcome: InquiryOutcome?
    @OptionalField(key: "rating") var rating: Int?
    @OptionalField(key: "rating_comment") var ratingComment: String?

    init() {}

    var referenceValue: InquiryReference { InquiryReference(year: year, number: number) }

    var dueOn: CalendarDay { CalendarDay(dueAt.addingTimeInterval(-1)) }

    func isOverdue(now: Date) -> Bool { firstAnsweredAt == nil && status.isOpen && now >= dueAt }
}

/// One line in an inquiry's history: a reply, a note, added information, a transfer, a change
/// of status. Only public lines are shown to the person who asked.
final class InquiryEntry: Model, @unchecked Sendable {
    static let schema = "inquiry_entries"

    typealias Kind = InquiryEntryKind

    @ID(key: .id) var id: UUID?
    @Parent(key: "inquiry_id") var inquiry: Inquiry
    @Field(key: "at") var at: Date
    @Field(key: "kind") var kind: Kind
    @Field(key: "is_public") var isPublic: Bool
    @OptionalField(key: "author_id") var authorID: UUID?
    @Field(key: "author_label") var authorLabel: String
    @Field(key: "body") var body: String
    @OptionalField(key: "from_department_id") var fromDepartmentID: UUID?
    @OptionalField(key: "to_department_id") var toDepartmentID: UUID?

    init() {}

    init(inquiryID: UUID, at: Date, kind: Kind, isPublic: Bool, authorID: UUID?, authorLabel: String, body: String,
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
final class InquiryTopicRoute: Model, @unchecked Sendable {
    static let schema = "inquiry_topics"

    @ID(custom: "topic", generatedBy: .user) var id: String?
    @Parent(key: "department_id") var department: Department

    init() {}

    init(topic: InquiryTopic, departmentID: UUID) {
        self.id = topic.rawValue
        self.$department.id = departmentID
    }
}
