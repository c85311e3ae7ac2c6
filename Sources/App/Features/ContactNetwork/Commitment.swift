import Vapor
import Fluent
import Domain

/// A department's commitments for a year and its report on them (reported when the report was first written).
package final class Commitment: Model, @unchecked Sendable {
    package static let schema = "commitments"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Parent(key: "department_id") package var department: Department
    @Field(key: "year") package var year: Int
    @Field(key: "commitments") package var commitments: String
    @Field(key: "report") package var report: String
    @OptionalField(key: "reported_at") package var reportedAt: Date?

    package init() {}

    package init(departmentID: UUID, year: Int) {
        self.$department.id = departmentID
        self.year = year
        (commitments, report) = ("", "")
    }

    /// The draft written in; the report counts as given from the first time it is not empty.
    package func apply(_ draft: CommitmentDraft, at now: Date) {
        (commitments, report) = (draft.commitments, draft.report)
        reportedAt = draft.report.isEmpty ? nil : (reportedAt ?? now)
    }
}

extension Commitment: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $department, $year, $commitments, $report, $reportedAt]
    }
}
