import Fluent
import Foundation
import Domain

/// An association (förening) in the registry. Public only when verified; never deleted.
package final class Association: Model, @unchecked Sendable {
    package static let schema = "associations"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    @OptionalField(key: "created_by") package var createdBy: UUID?

    @Field(key: "slug") package var slug: String
    @Field(key: "name") package var name: String
    /// Swedish alphabetical order under a byte comparison (see `AssociationName.sortKey`).
    @Field(key: "sort_key") package var sortKey: String
    @Field(key: "normalized_name") package var normalizedName: String
    @OptionalField(key: "org_number") package var orgNumber: String?
    @OptionalField(key: "legal_form") package var legalForm: LegalForm?
    @OptionalField(key: "member_band") package var memberBand: MemberBand?
    @Field(key: "description") package var description: String
    @Field(key: "easy_read_description") package var easyReadDescription: String
    /// What the association can offer the municipality, as written (the tags are in their own table).
    @Field(key: "competences") package var competences: String
    @Field(key: "website") package var website: String
    @Field(key: "email") package var email: String
    @Field(key: "phone") package var phone: String
    @Field(key: "status") package var status: AssociationStatus
    /// Staff's question or reason, shown to the representatives.
    @Field(key: "status_message") package var statusMessage: String
    /// "registered", or "import: <file>" for rows from a register.
    @Field(key: "source") package var source: String
    @OptionalField(key: "verified_at") package var verifiedAt: Date?
    /// Kept in step with the endorsement history, so the directory can filter on it by index.
    @OptionalField(key: "joined_since") package var joinedSince: Date?
    /// A new name and number proposed for a verified association, waiting for staff (NameChange).
    @OptionalField(key: "pending_name") package var pendingName: String?
    @OptionalField(key: "pending_org_number") package var pendingOrgNumber: String?
    @OptionalField(key: "pending_proposed_at") package var pendingProposedAt: Date?
    @OptionalField(key: "pending_proposed_by") package var pendingProposedBy: UUID?
    /// Staff's reason for saying no to the last proposal, shown to the representatives.
    @OptionalField(key: "rename_refusal") package var renameRefusal: String?

    package init() {}

    package init(id: UUID? = nil, slug: String, name: String, status: AssociationStatus, source: String, createdBy: UUID?) {
        self.id = id
        self.slug = slug
        self.name = name
        self.sortKey = AssociationName.sortKey(name)
        self.normalizedName = AssociationName.normalized(name)
        self.status = status
        self.source = source
        self.createdBy = createdBy
        self.description = ""
        self.easyReadDescription = ""
        self.competences = ""
        self.website = ""
        self.email = ""
        self.phone = ""
        self.statusMessage = ""
    }

    package func rename(_ newName: String) {
        name = newName
        sortKey = AssociationName.sortKey(newName)
        normalizedName = AssociationName.normalized(newName)
    }
}

extension Association {
    package var typedID: AssociationID { AssociationID(id!) }

    /// The name and number as approved, and the proposal waiting, for a NameChange decision.
    package var identity: AssociationIdentity {
        let pending = pendingName.map { name in
            NameProposal(name: name, orgNumber: pendingOrgNumber.flatMap(OrgNumber.init), proposedAt: pendingProposedAt ?? createdAt ?? Date(),
                         proposedBy: pendingProposedBy.map(UserID.init))
        }
        return AssociationIdentity(id: typedID, status: status, name: name, orgNumber: orgNumber.flatMap(OrgNumber.init), pending: pending)
    }

    package func propose(_ proposal: NameProposal?) {
        pendingName = proposal?.name
        pendingOrgNumber = proposal?.orgNumber?.formatted
        pendingProposedAt = proposal?.proposedAt
        pendingProposedBy = proposal?.proposedBy?.uuid
    }
}

/// A many-to-many row: an association works with a category.
package final class AssociationCategoryTag: Model, @unchecked Sendable {
    package static let schema = "association_categories"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "association_id") package var association: Association
    @Field(key: "category") package var category: AssociationCategory

    package init() {}

    package init(associationID: UUID, category: AssociationCategory) {
        self.$association.id = associationID
        self.category = category
    }
}

package final class AssociationTargetGroupTag: Model, @unchecked Sendable {
    package static let schema = "association_target_groups"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "association_id") package var association: Association
    @Field(key: "target_group") package var targetGroup: TargetGroup

    package init() {}

    package init(associationID: UUID, targetGroup: TargetGroup) {
        self.$association.id = associationID
        self.targetGroup = targetGroup
    }
}

package final class AssociationDistrict: Model, @unchecked Sendable {
    package static let schema = "association_districts"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "association_id") package var association: Association
    @Parent(key: "district_id") package var district: District

    package init() {}

    package init(associationID: UUID, districtID: UUID) {
        self.$association.id = associationID
        self.$district.id = districtID
    }
}

/// A competence an association offers (N10), normalised so that a filter finds it.
package final class AssociationCompetence: Model, @unchecked Sendable {
    package static let schema = "association_competences"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "association_id") package var association: Association
    @Field(key: "competence") package var competence: String

    package init() {}

    package init(associationID: UUID, competence: String) {
        self.$association.id = associationID
        self.competence = competence
    }
}

extension Association: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $createdBy, $slug, $name, $sortKey, $normalizedName, $orgNumber, $legalForm,
         $memberBand, $description, $easyReadDescription, $competences, $website, $email, $phone, $status,
         $statusMessage, $source, $verifiedAt, $joinedSince, $pendingName, $pendingOrgNumber, $pendingProposedAt,
         $pendingProposedBy, $renameRefusal]
    }
}

extension AssociationCategoryTag: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $association, $category] }
}

extension AssociationTargetGroupTag: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $association, $targetGroup] }
}

extension AssociationDistrict: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $association, $district] }
}

extension AssociationCompetence: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $association, $competence] }
}
