import Fluent
import Foundation
import Domain

/// A question the municipality puts to civil society before it decides (samråd, remiss).
package final class Consultation: Model, @unchecked Sendable {
    package static let schema = "consultations"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    @Parent(key: "department_id") package var department: Department

    @Field(key: "slug") package var slug: String
    @Field(key: "title") package var title: String
    /// The case number in the municipality's register (diarienummer).
    @Field(key: "case_number") package var caseNumber: String
    @Field(key: "summary") package var summary: String
    @Field(key: "easy_read") package var easyRead: String
    @Field(key: "body") package var body: String
    /// Links to documents, one per line.
    @Field(key: "links") package var links: String
    /// Questions the department wants answered, one per line.
    @Field(key: "questions") package var questions: String
    /// Calendar days in Stockholm, stored as the midnight that starts them…
    @Field(key: "announced_on") package var announcedOn: Date
    @Field(key: "opens_on") package var opensOn: Date
    /// …except the last day, stored as the midnight that ends it: answers are taken until then.
    @Field(key: "closes_at") package var closesAt: Date
    /// When the compilation was published; then the status is "compiled".
    @OptionalField(key: "compiled_at") package var compiledAt: Date?
    @Field(key: "compilation") package var compilation: String

    @Children(for: \.$consultation) package var districts: [ConsultationDistrict]
    @Children(for: \.$consultation) package var categories: [ConsultationCategory]

    package init() {}

    package var dates: ConsultationDates {
        ConsultationDates(announced: CalendarDay(announcedOn), opens: CalendarDay(opensOn), closes: CalendarDay(closesAt.addingTimeInterval(-1)))
    }

    package func status(at now: Date) -> ConsultationStatus { dates.status(at: now, compiled: compiledAt != nil) }
}

package final class ConsultationDistrict: Model, @unchecked Sendable {
    package static let schema = "consultation_districts"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "consultation_id") package var consultation: Consultation
    @Field(key: "district_id") package var districtID: UUID

    package init() {}

    package init(consultationID: UUID, districtID: UUID) {
        self.$consultation.id = consultationID
        self.districtID = districtID
    }
}

package final class ConsultationCategory: Model, @unchecked Sendable {
    package static let schema = "consultation_categories"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "consultation_id") package var consultation: Consultation
    @Field(key: "category") package var category: AssociationCategory

    package init() {}

    package init(consultationID: UUID, category: AssociationCategory) {
        self.$consultation.id = consultationID
        self.category = category
    }
}

extension Consultation: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $department, $slug, $title, $caseNumber, $summary, $easyRead, $body, $links,
         $questions, $announcedOn, $opensOn, $closesAt, $compiledAt, $compilation, $districts, $categories]
    }
}

extension ConsultationDistrict: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $consultation, $districtID] }
}

extension ConsultationCategory: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $consultation, $category] }
}
