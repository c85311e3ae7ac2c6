import Fluent
import Foundation
import Domain

/// A question the municipality puts to civil society before it decides (samråd, remiss).
final class Consultation: Model, @unchecked Sendable {
    static let schema = "consultations"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Parent(key: "department_id") var department: Department

    @Field(key: "slug") var slug: String
    @Field(key: "title") var title: String
    /// The case number in the municipality's register (diarienummer).
    @Field(key: "case_number") var caseNumber: String
    @Field(key: "summary") var summary: String
    @Field(key: "easy_read") var easyRead: String
    @Field(key: "body") var body: String
    /// Links to documents, one per line.
    @Field(key: "links") var links: String
    /// Questions the department wants answered, one per line.
    @Field(key: "questions") var questions: String
    /// Calendar days in Stockholm, stored as the midnight that starts them…
    @Field(key: "announced_on") var announcedOn: Date
    @Field(key: "opens_on") var opensOn: Date
    /// …except the last day, stored as the midnight that ends it: answers are taken until then.
    @Field(key: "closes_at") var closesAt: Date
    /// When the compilation was published; then the status is "compiled".
    @OptionalField(key: "compiled_at") var compiledAt: Date?
    @Field(key: "compilation") var compilation: String

    @Children(for: \.$consultation) var districts: [ConsultationDistrict]
    @Children(for: \.$consultation) var categories: [ConsultationCategory]

    init() {}

    var dates: ConsultationDates {
        ConsultationDates(announced: CalendarDay(announcedOn), opens: CalendarDay(opensOn), closes: CalendarDay(closesAt.addingTimeInterval(-1)))
    }

    func status(at now: Date) -> ConsultationStatus { dates.status(at: now, compiled: compiledAt != nil) }
}

final class ConsultationDistrict: Model, @unchecked Sendable {
    static let schema = "consultation_districts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "consultation_id") var consultation: Consultation
    @Field(key: "district_id") var districtID: UUID

    init() {}

    init(consultationID: UUID, districtID: UUID) {
        self.$consultation.id = consultationID
        self.districtID = districtID
    }
}

final class ConsultationCategory: Model, @unchecked Sendable {
    static let schema = "consultation_categories"

    @ID(key: .id) var id: UUID?
    @Parent(key: "consultation_id") var consultation: Consultation
    @Field(key: "category") var category: AssociationCategory

    init() {}

    init(consultationID: UUID, category: AssociationCategory) {
        self.$consultation.id = consultationID
        self.category = category
    }
}
