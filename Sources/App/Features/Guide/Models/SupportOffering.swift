import Fluent
import Foundation
import Domain

/// Support a department offers associations: money, premises, help, advice, a seat at the table.
package final class SupportOffering: Model, @unchecked Sendable {
    package static let schema = "support_offerings"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    @Parent(key: "department_id") package var department: Department

    @Field(key: "slug") package var slug: String
    @Field(key: "title") package var title: String
    @Field(key: "kind") package var kind: SupportKind
    @Field(key: "step") package var step: Int
    @Field(key: "summary") package var summary: String
    @Field(key: "easy_read") package var easyRead: String
    /// Who can get it, in the department's words.
    @Field(key: "conditions") package var conditions: String
    @Field(key: "requires_joined") package var requiresJoined: Bool
    @Field(key: "requires_org_number") package var requiresOrgNumber: Bool
    /// How to apply, one step per line.
    @Field(key: "how_to_apply") package var howToApply: String
    /// The last day to apply; nil means all year.
    @OptionalField(key: "deadline") package var deadline: Date?
    /// Where applying happens when it happens in the department's own system.
    @Field(key: "external_url") package var externalURL: String
    @Field(key: "is_published") package var isPublished: Bool

    @Children(for: \.$offering) var categories: [SupportCategoryTag]

    package init() {}

    package var ladderStep: LadderStep { LadderStep(rawValue: step) ?? .information }
}

/// A category an offering is for; an offering without any is for every kind of association.
final class SupportCategoryTag: Model, @unchecked Sendable {
    static let schema = "support_categories"

    @ID(key: .id) var id: UUID?
    @Parent(key: "offering_id") var offering: SupportOffering
    @Field(key: "category") var category: AssociationCategory

    init() {}

    init(offeringID: UUID, category: AssociationCategory) {
        self.$offering.id = offeringID
        self.category = category
    }
}

extension SupportOffering: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $department, $slug, $title, $kind, $step, $summary, $easyRead, $conditions,
         $requiresJoined, $requiresOrgNumber, $howToApply, $deadline, $externalURL, $isPublished, $categories]
    }
}

extension SupportCategoryTag: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $offering, $category] }
}
