import Vapor
import Fluent
import Domain
import Views

/// The use case behind every action on a project: in one change, lock the project, read it and
/// its partners, ask `ProjectRules`, write what it decided with its audit row, and queue the
/// invitation mail.
enum ProjectEvents {
    /// The person acting, as the rules see them (their verified associations, the coordinator).
    static func actor(_ req: Request) async throws -> ProjectActor {
        let ids = Array(req.actor.associationIDs.map(\.uuid))
        let verified = ids.isEmpty ? [] : try await Association.query(on: req.db).filter(\.$id ~~ ids).filter(\.$status == .verified).all()
        let coordinator = try await Department.query(on: req.db).filter(\.$isCoordinator == true).first()
        return ProjectActor(req.actor, verifiedAssociations: Set(verified.map(\.typedID)), coordinator: coordinator.map(\.typedID))
    }

    /// Decides `event` on the project with this id and applies it; `role` and `commitment` go with an invitation.
    static func apply(_ req: Request, _ projectID: UUID, _ event: ProjectEvent, role: PartnerRole? = nil, commitment: String = "") async throws {
        let actor = try await actor(req)
        let author = req.currentUser?.displayName ?? ""
        let base = req.application.baseAddress
        let service = req.application.siteFacts.serviceName
        try await req.change { change in
            guard try await Project.lock(projectID, on: change.db), let project = try await Project.find(projectID, on: change.db) else {
                throw Abort(.notFound)
            }
            let rows = try await ProjectPartner.query(on: change.db).filter(\.$project.$id == projectID).all()
            let decision = try ProjectRules.decide(event, on: project.state(partners: rows), by: actor).get()
            let before = project.status
            project.status = decision.state.status
            project.featured = decision.state.featured
            project.outcome = decision.state.outcome
            // Touched even when only a partner changed: the list is newest change first.
            project.updatedAt = change.now
            try await project.update(on: change.db)
            try await applyPartners(decision.state, to: rows, of: projectID, role: role, commitment: commitment, now: change.now, on: change.db)
            try await ProjectStore.touchAssociations(of: projectID, also: rows, change: change)
            if let entry = decision.entry {
                try await ProjectEntry(projectID: projectID, at: change.now, status: before == project.status ? nil : project.status,
                                       body: entry, author: author).create(on: change.db)
            }
            if let invited = decision.invited {
                try await mailInvitation(invited, project: project, link: base + SiteURL.projects(.show(.value(project.slug))).path,
                                         service: service, change: change)
            }
            try await change.audit(decision.audit, "project", projectID)
        }
    }

    /// Makes the partner rows say what the decision says: new invitations, answers, removals.
    private static func applyPartners(_ state: ProjectState, to rows: [ProjectPartner], of projectID: UUID, role: PartnerRole?,
                                      commitment: String, now: Date, on db: any Database) async throws {
        for row in rows where row.partyKey != state.owner.description {
            guard let party = row.party else { continue }
            if let status = state.partners[party] {
                guard status != row.status else { continue }
                if status == .invited {
                    row.role = role ?? row.role
                    row.commitment = commitment.trimmingWhitespace()
                    row.invitedAt = now
                    row.answeredAt = nil
                } else {
                    row.answeredAt = now
                }
                row.status = status
                try await row.update(on: db)
            } else {
                try await row.delete(on: db)
            }
        }
        let known = Set(rows.compactMap(\.party))
        for (party, status) in state.partners where !known.contains(party) {
            try await ProjectPartner(projectID: projectID, party: party, role: role ?? .partner, status: status,
                                     commitment: commitment.trimmingWhitespace(), at: now).create(on: db)
        }
    }

    /// Tells the invited side (`PartyPeople.recipients`), each in their language.
    private static func mailInvitation(_ party: Party, project: Project, link: String, service: String, change: Change) async throws {
        let owner = try await ProjectStore.names([project.owner], on: change.db)[project.owner]?.name ?? ""
        try await PartyPeople.tell(party, "project.invitation", ["owner": owner, "title": project.title, "link": link, "service": service],
                                   change: change)
    }
}
