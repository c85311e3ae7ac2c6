import Vapor
import Fluent
import Domain
import Views

/// Starting a project (staff for their department, representatives for their verified
/// association) and changing it (its owner's side).
struct ProjectEditorController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.projects(.new), .signedIn, use: newForm)
        routes.post(.projects(.new), .signedIn, use: create)
        routes.get(.projects(.edit(.key)), .signedIn, use: editForm)
        routes.post(.projects(.edit(.key)), .signedIn, use: save)
    }

    /// The sides this person may start a project for, with their names.
    static func owners(_ req: Request) async throws -> [(party: Party, name: String)] {
        guard req.actor.isSignedIn else { return [] }
        let actor = try await ProjectEvents.actor(req)
        let departments = try await Department.publishable(by: req.actor, on: req.db)
        let parties = actor.owners(departments: departments.map(\.typedID))
        let names = try await ProjectStore.names(parties, on: req.db)
        return parties.compactMap { party in names[party].map { (party, $0.name) } }
    }

    /// The project, when this person may change it; another's is "forbidden", as the rules say.
    private func editable(_ req: Request) async throws -> Project {
        let project = try await ProjectStore.find(slug: req.parameters.get("slug"), on: req.db)
        let rows = try await ProjectStore.partners(of: [project.id!], on: req.db)
        guard ProjectRules.mayEdit(project.state(partners: rows), by: try await ProjectEvents.actor(req)) else { throw Abort(.forbidden) }
        return project
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        let owners = try await Self.owners(req)
        return try await render(req, nil, FormState(values: ["owner": owners.first?.party.description ?? "", "status": "idea",
                                                             "contactName": req.currentUser?.displayName ?? "",
                                                             "contactEmail": req.currentUser?.email ?? ""]), owners: owners)
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        let project = try await editable(req)
        return try await render(req, project, FormState(fields: try await Self.fields(of: project, on: req.db)), owners: [])
    }

    /// The project as its form shows it, to change.
    static func fields(of project: Project, on db: any Database) async throws -> FormFields {
        let id = project.id!
        let districts = try await ProjectDistrict.query(on: db).filter(\.$project.$id == id).all()
        let goals = try await ProjectGoal.query(on: db).filter(\.$project.$id == id).all()
        let groups = try await ProjectTargetGroup.query(on: db).filter(\.$project.$id == id).all()
        let iop = project.partnership
        let pairs: [(String, String)] = [
            ("title", project.title), ("owner", project.ownerKey), ("summary", project.summary), ("easyRead", project.easyRead),
            ("body", project.body), ("form", String(project.form)), ("starts", project.startsOn ?? ""), ("ends", project.endsOn ?? ""),
            ("contactName", project.contactName), ("contactEmail", project.contactEmail),
            ("iop", iop == nil ? "" : "on"), ("iopFrom", project.iopFrom ?? ""), ("iopUntil", project.iopUntil ?? ""),
            ("decisionBody", project.decisionBody ?? ""), ("decidedOn", project.decidedOn ?? ""), ("caseNumber", project.caseNumber ?? ""),
        ]
        return FormFields(pairs + districts.map { ("districts", DistrictID($0.districtID).description) }
            + goals.map { ("goals", String($0.goal)) } + groups.map { ("targetGroups", $0.targetGroup.rawValue) })
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        let owners = try await Self.owners(req)
        guard !owners.isEmpty else { return try await render(req, nil, FormState(), owners: [], status: .forbidden) }
        let districts = Set(try await District.query(on: req.db).all().map(\.typedID))
        let project = Project()
        return try await req.answerForm(render: { form, status in
            try await render(req, nil, form, owners: owners, status: status)
        }, perform: { fields in
            let draft = try ProjectDraft.read(fields, owners: owners.map(\.party), knownDistricts: districts).get()
            let author = req.currentUser?.displayName ?? ""
            try await req.change { change in
                try await ProjectStore.apply(draft, to: project, at: change.now, on: change.db)
                try await ProjectEntry(projectID: project.id!, at: change.now, status: draft.status, body: "", author: author).create(on: change.db)
                try await ProjectStore.touchAssociations(of: project.id!, change: change)
                try await change.audit("project.create", "project", project.id!.uuidString, "\(draft.title) (\(draft.owner))")
            }
            return SiteURL.projects(.show(.value(project.slug))).path(query: [("notice", "saved")])
        })
    }

    /// Saves the changes, deciding on the project as read inside the change (its owner may have lost the right since).
    @Sendable func save(_ req: Request) async throws -> Response {
        let project = try await editable(req)
        let id = project.id!
        let districts = Set(try await District.query(on: req.db).all().map(\.typedID))
        let actor = try await ProjectEvents.actor(req)
        return try await req.answerForm(render: { form, status in
            try await render(req, project, form, owners: [], status: status)
        }, perform: { fields in
            let draft = try ProjectDraft.read(fields, owners: [project.owner], knownDistricts: districts).get()
            try await req.change { change in
                guard try await Project.lock(id, on: change.db), let current = try await Project.find(id, on: change.db) else { throw Abort(.notFound) }
                let rows = try await ProjectPartner.query(on: change.db).filter(\.$project.$id == id).all()
                let decision = try ProjectRules.decide(.edit, on: current.state(partners: rows), by: actor).get()
                try await ProjectStore.apply(draft, to: current, at: change.now, on: change.db)
                try await ProjectStore.touchAssociations(of: id, change: change)
                try await change.audit(decision.audit, "project", id)
            }
            return SiteURL.projects(.show(.value(project.slug))).path(query: [("notice", "saved")])
        })
    }

    private func render(_ req: Request, _ project: Project?, _ form: FormState, owners: [(party: Party, name: String)],
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        let choices = project.map { [Form.Option($0.ownerKey, "")] } ?? owners.map { Form.Option($0.party.description, $0.name) }
        let easyRead = form["easyRead"]
        let page = ProjectFormPage(slug: project?.slug, form: form, owners: choices,
                                   districts: try await AssociationStore.districtOptions(on: req.db),
                                   goals: try await ProjectsController.goalOptions(req),
                                   easyReadLix: easyRead.isEmpty ? nil : Lix(text: easyRead))
        return req.html(page.render(try await req.page()), status: status)
    }
}
