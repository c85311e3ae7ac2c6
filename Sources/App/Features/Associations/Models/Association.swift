import Fluent
import Foundation
import Domain

/// An association (förening) in the registry. Public only when verified; never deleted.
final class Association: Model, @unchecked Sendable {
    static let schema = "associations"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @OptionalField(key: "created_by") var createdBy: UUID?

    @Field(key: "slug") var slug: String
    @Field(key: "name") var name: String
    /// Swedish alphabetical order under a byte comparison (see `AssociationName.sortKey`).
    @Field(key: "sort_key") var sortKey: String
    @Field(key: "normalized_name") var normalizedName: String
    @OptionalField(key: "org_number") var orgNumber: String?
    @OptionalField(key: "legal_form") var legalForm: LegalForm?
    @OptionalField(key: "member_band") var memberBand: MemberBand?
    @Field(key: "description") var description: String
    @Field(key: "easy_read_description") var easyReadDescription: String
    /// What the association can offer the municipality, as written (the tags are in their own table).
    @Field(key: "competences") var competences: String
    @Field(key: "website") var website: String
    @Field(key: "email") var email: String
    @Field(key: "phone") var phone: String
    @Field(key: "status") var status: AssociationStatus
    /// Staff's question or reason, shown to the representatives.
    @Field(key: "status_message") var statusMessage: String
    /// "registered", or "import: <file>" for rows from a register.
    @Field(key: "source") var source: String
    @OptionalField(key: "verified_at") var verifiedAt: Date?
    /// Kept in step with the endorsement history, so the directory can filter on it by index.
    @OptionalField(key: "joined_since") var joinedSince: Date?
    /// A new name and number proposed for a verified association, waiting for staff (NameChange).
    @OptionalField(key: "pending_name") var pendingName: String?
    @OptionalField(key: "pending_org_number") var pendingOrgNumber: String?
    @OptionalField(key: "pending_proposed_at") var pendingProposedAt: Date?
    @OptionalField(key: "pending_proposed_by") var pendingProposedBy: UUID?
    /// Staff's reason for saying no to the last proposal, shown to the representatives.
    @OptionalField(key: "rename_refusal") var renameRefusal: String?

    init() {}

    init(id: UUID? = nil, slug: String, name: String, status: AssociationStatus, source: String, createdBy: UUID?) {
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

    func rename(_ newName: String) {
        name = newName
        sortKey = AssociationName.sortKey(newName)
        normalizedName = AssociationName.normalized(newName)
    }
}

extension Association {
    var typedID: AssociationID { AssociationID(id!) }

    /// The name and number as approved, and the proposal waiting, for a NameChange decision.
    var identity: AssociationIdentity {
        let pending = pendingName.map { name in
            NameProposal(name: name, orgNumber: pendingOrgNumber.flatMap(OrgNumber.init), proposedAt: pendingProposedAt ?? createdAt ?? Date(),
                         proposedBy: pendingProposedBy.map(UserID.init))
        }
        return AssociationIdentity(id: typedID, status: status, name: name, orgNumber: orgNumber.flatMap(OrgNumber.init), pending: pending)
    }

    func propose(_ proposal: NameProposal?) {
        pendingName = proposal?.name
        pendingOrgNumber = proposal?.orgNumber?.formatted
        pendingProposedAt = proposal?.proposedAt
        pendingProposedBy = proposal?.proposedBy?.uuid
    }
}

/// A many-to-many row: an association works with a category.
final class AssociationCategoryTag: Model, @unchecked Sendable {
    static let schema = "association_categories"

    @ID(key: .id) var id: UUID?
    @Parent(key: "association_id") var association: Association
    @Field(key: "category") var category: AssociationCategory

    init() {}

    init(associationID: UUID, category: AssociationCategory) {
        self.$association.id = associationID
        self.category = category
    }
}

final class AssociationTargetGroupTag: Model, @unchecked Sendable {
    static let schema = "association_target_groups"

    @ID(key: .id) var id: UUID?
    @Parent(key: "association_id") var association: Association
    @Field(key: "target_group") var targetGroup: TargetGroup

    init() {}

    init(associationID: UUID, targetGroup: TargetGroup) {
        self.$association.id = associationID
        self.targetGroup = targetGroup
    }
}

final class AssociationDistrict: Model, @unchecked Sendable {
    static let schema = "association_districts"

    @ID(key: .id) var id: UUID?
    @Parent(key: "association_id") var association: Association
    @Parent(key: "district_id") var district: District

    init() {}

    init(associationID: UUID, districtID: UUID) {
        self.$association.id = associationID
        self.$district.id = districtID
    }
}

/// A competence an association offers (N10), normalised so that a filter finds it.
final class AssociationCompetence: Model, @unchecked Sendable {
    static let schema = "association_competences"

    @ID(key: .id) var id: UUID?
    @Parent(key: "association_id") var association: Association
    @Field(key: "competence") var competence: String

    init() {}

    init(associationID: UUID, competence: String) {
        self.$association.id = associationID
        self.competence = competence
    }
}
