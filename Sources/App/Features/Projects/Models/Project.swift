import Fluent
import Foundation
import Domain

/// Something an association and the municipality do together, from an idea to what came of it.
package final class Project: Model, @unchecked Sendable {
    package static let schema = "projects"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?

    @Field(key: "slug") package var slug: String
    @Field(key: "title") package var title: String
    @Field(key: "summary") package var summary: String
    @Field(key: "easy_read") package var easyRead: String
    @Field(key: "body") package var body: String
    @Field(key: "status") package var status: ProjectStatus
    /// The step on the cooperation ladder.
    @Field(key: "form") package var form: Int
    /// Calendar days, `YYYY-MM-DD`.
    @OptionalField(key: "starts_on") package var startsOn: String?
    @OptionalField(key: "ends_on") package var endsOn: String?
    @Field(key: "contact_name") package var contactName: String
    @Field(key: "contact_email") package var contactEmail: String
    /// The side that started it and changes it (`Party`): `a:<id>` or `d:<id>`.
    @Field(key: "owner_key") package var ownerKey: String
    @OptionalField(key: "owner_association_id") package var ownerAssociationID: UUID?
    @OptionalField(key: "owner_department_id") package var ownerDepartmentID: UUID?
    /// Held up by the coordinator as a good example.
    @Field(key: "featured") package var featured: Bool
    /// What came of it, written when it finished.
    @Field(key: "outcome") package var outcome: String
    // A partnership (IOP): its period and the decision behind it.
    @OptionalField(key: "iop_from") package var iopFrom: String?
    @OptionalField(key: "iop_until") package var iopUntil: String?
    @OptionalField(key: "decision_body") package var decisionBody: String?
    @OptionalField(key: "decided_on") package var decidedOn: String?
    @OptionalField(key: "case_number") package var caseNumber: String?
    /// The call for partners it came from, when a chosen answer started it.
    @OptionalField(key: "call_id") package var callID: UUID?

    package init() {}

    package var typedID: ProjectID { ProjectID(id!) }
    package var owner: Party { Party(ownerKey)! }
    package var ladder: LadderStep { LadderStep(rawValue: form) ?? .information }

    package var partnership: Partnership? {
        guard let from = iopFrom.flatMap(CalendarDay.init(iso:)), let until = iopUntil.flatMap(CalendarDay.init(iso:)),
              let decided = decidedOn.flatMap(CalendarDay.init(iso:)) else { return nil }
        return Partnership(from: from, until: until, decisionBody: decisionBody ?? "", decidedOn: decided, caseNumber: caseNumber ?? "")
    }

    package func state(partners: [ProjectPartner]) -> ProjectState {
        ProjectState(title: title, status: status, owner: owner, featured: featured, outcome: outcome,
                     partners: Dictionary(partners.filter { $0.partyKey != ownerKey }.compactMap { row in Party(row.partyKey).map { ($0, row.status) } }) { first, _ in first })
    }
}

/// A side taking part in a project besides its owner, invited until it confirms.
package final class ProjectPartner: Model, @unchecked Sendable {
    package static let schema = "project_partners"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "project_id") package var project: Project
    @Field(key: "party_key") package var partyKey: String
    @OptionalField(key: "association_id") package var associationID: UUID?
    @OptionalField(key: "department_id") package var departmentID: UUID?
    @Field(key: "role") package var role: PartnerRole
    @Field(key: "status") package var status: PartnerStatus
    /// What this partner commits to (in a partnership, its part of the agreement).
    @Field(key: "commitment") package var commitment: String
    @Field(key: "invited_at") package var invitedAt: Date
    @OptionalField(key: "answered_at") package var answeredAt: Date?

    package init() {}

    package init(projectID: UUID, party: Party, role: PartnerRole, status: PartnerStatus, commitment: String, at now: Date) {
        self.$project.id = projectID
        self.partyKey = party.description
        switch party {
        case .association(let id): associationID = id.uuid
        case .department(let id): departmentID = id.uuid
        }
        self.role = role
        self.status = status
        self.commitment = commitment
        self.invitedAt = now
        self.answeredAt = status == .invited ? nil : now
    }

    package var party: Party? { Party(partyKey) }
}

/// A dated line on a project's timeline: an update, or a move to another status with its note.
package final class ProjectEntry: Model, @unchecked Sendable {
    package static let schema = "project_entries"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "project_id") package var project: Project
    @Field(key: "at") package var at: Date
    @OptionalField(key: "status") package var status: ProjectStatus?
    @Field(key: "body") package var body: String
    /// The name the line is signed with: the person and the side they wrote for.
    @Field(key: "author") package var author: String

    package init() {}

    package init(projectID: UUID, at: Date, status: ProjectStatus?, body: String, author: String) {
        self.$project.id = projectID
        self.at = at
        self.status = status
        self.body = body
        self.author = author
    }
}

extension Project: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $slug, $title, $summary, $easyRead, $body, $status, $form, $startsOn, $endsOn,
         $contactName, $contactEmail, $ownerKey, $ownerAssociationID, $ownerDepartmentID, $featured, $outcome,
         $iopFrom, $iopUntil, $decisionBody, $decidedOn, $caseNumber, $callID]
    }
}

extension ProjectPartner: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $project, $partyKey, $associationID, $departmentID, $role, $status, $commitment, $invitedAt,
         $answeredAt]
    }
}

extension ProjectEntry: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $project, $at, $status, $body, $author] }
}
