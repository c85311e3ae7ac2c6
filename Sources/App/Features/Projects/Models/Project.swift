import Fluent
import Foundation
import Domain

/// Something an association and the municipality do together, from an idea to what came of it.
final class Project: Model, @unchecked Sendable {
    static let schema = "projects"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?

    @Field(key: "slug") var slug: String
    @Field(key: "title") var title: String
    @Field(key: "summary") var summary: String
    @Field(key: "easy_read") var easyRead: String
    @Field(key: "body") var body: String
    @Field(key: "status") var status: ProjectStatus
    /// The step on the cooperation ladder.
    @Field(key: "form") var form: Int
    /// Calendar days, `YYYY-MM-DD`.
    @OptionalField(key: "starts_on") var startsOn: String?
    @OptionalField(key: "ends_on") var endsOn: String?
    @Field(key: "contact_name") var contactName: String
    @Field(key: "contact_email") var contactEmail: String
    /// The side that started it and changes it (`Party`): `a:<id>` or `d:<id>`.
    @Field(key: "owner_key") var ownerKey: String
    @OptionalField(key: "owner_association_id") var ownerAssociationID: UUID?
    @OptionalField(key: "owner_department_id") var ownerDepartmentID: UUID?
    /// Held up by the coordinator as a good example.
    @Field(key: "featured") var featured: Bool
    /// What came of it, written when it finished.
    @Field(key: "outcome") var outcome: String
    // A partnership (IOP): its period and the decision behind it.
    @OptionalField(key: "iop_from") var iopFrom: String?
    @OptionalField(key: "iop_until") var iopUntil: String?
    @OptionalField(key: "decision_body") var decisionBody: String?
    @OptionalField(key: "decided_on") var decidedOn: String?
    @OptionalField(key: "case_number") var caseNumber: String?
    /// The call for partners it came from, when a chosen answer started it.
    @OptionalField(key: "call_id") var callID: UUID?

    init() {}

    var typedID: ProjectID { ProjectID(id!) }
    var owner: Party { Party(ownerKey)! }
    var ladder: LadderStep { LadderStep(rawValue: form) ?? .information }

    var partnership: Partnership? {
        guard let from = iopFrom.flatMap(CalendarDay.init(iso:)), let until = iopUntil.flatMap(CalendarDay.init(iso:)),
              let decided = decidedOn.flatMap(CalendarDay.init(iso:)) else { return nil }
        return Partnership(from: from, until: until, decisionBody: decisionBody ?? "", decidedOn: decided, caseNumber: caseNumber ?? "")
    }

    func state(partners: [ProjectPartner]) -> ProjectState {
        ProjectState(title: title, status: status, owner: owner, featured: featured, outcome: outcome,
                     partners: Dictionary(partners.filter { $0.partyKey != ownerKey }.compactMap { row in Party(row.partyKey).map { ($0, row.status) } }) { first, _ in first })
    }
}

/// A side taking part in a project besides its owner, invited until it confirms.
final class ProjectPartner: Model, @unchecked Sendable {
    static let schema = "project_partners"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @Field(key: "party_key") var partyKey: String
    @OptionalField(key: "association_id") var associationID: UUID?
    @OptionalField(key: "department_id") var departmentID: UUID?
    @Field(key: "role") var role: PartnerRole
    @Field(key: "status") var status: PartnerStatus
    /// What this partner commits to (in a partnership, its part of the agreement).
    @Field(key: "commitment") var commitment: String
    @Field(key: "invited_at") var invitedAt: Date
    @OptionalField(key: "answered_at") var answeredAt: Date?

    init() {}

    init(projectID: UUID, party: Party, role: PartnerRole, status: PartnerStatus, commitment: String, at now: Date) {
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

    var party: Party? { Party(partyKey) }
}

/// A dated line on a project's timeline: an update, or a move to another status with its note.
final class ProjectEntry: Model, @unchecked Sendable {
    static let schema = "project_entries"

    @ID(key: .id) var id: UUID?
    @Parent(key: "project_id") var project: Project
    @Field(key: "at") var at: Date
    @OptionalField(key: "status") var status: ProjectStatus?
    @Field(key: "body") var body: String
    /// The name the line is signed with: the person and the side they wrote for.
    @Field(key: "author") var author: String

    init() {}

    init(projectID: UUID, at: Date, status: ProjectStatus?, body: String, author: String) {
        self.$project.id = projectID
        self.at = at
        self.status = status
        self.body = body
        self.author = author
    }
}
