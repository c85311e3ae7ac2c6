import Vapor
import Fluent
import Domain
import Views

/// Initiatives: a verified association's representative proposes an idea; it is routed like an
/// inquiry (topic → department, the coordinator when unknown) with the department's promise in
/// working days; the department considers it, says yes — a project starts with the association
/// leading and the department as partner — or no with a reason. Public when the proposer agreed.
package struct InitiativesController {
    package func register(_ routes: any RoutesBuilder) {
        routes.get(.initiatives(.list), .everyone, use: list)
        routes.get(.initiatives(.new), .signedIn, use: newForm)
        routes.post(.initiatives(.new), .signedIn, use: create)
        routes.get(.initiatives(.show(.key)), .everyone, use: show)
        routes.post(.initiatives(.decide(.key)), .permission(.publishSupport), use: decide)
    }

    package static func summaries(_ rows: [Initiative]) -> [InitiativeSummary] {
        rows.map { row in
            InitiativeSummary(id: row.id!.uuidString.lowercased(), title: row.title, association: row.association.name,
                              department: row.department.name, status: row.status, received: row.createdAt,
                              due: CalendarDay(iso: row.dueOn) ?? CalendarDay(row.createdAt))
        }
    }

    @Sendable package func list(_ req: Request) async throws -> Response {
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let query = Initiative.query(on: req.db).filter(\.$isPublic == true)
        let total = try await query.count()
        let rows = try await Initiative.query(on: req.db).filter(\.$isPublic == true).with(\.$association).with(\.$department)
            .sort(\.$createdAt, .descending).range(page.offset..<(page.offset + page.size)).all()
        let actor = req.actor
        let own = actor.associationIDs.map(\.uuid)
        let mine = own.isEmpty ? [] : try await Initiative.query(on: req.db).filter(\.$association.$id ~~ own).with(\.$association).with(\.$department)
            .sort(\.$createdAt, .descending).limit(50).all()
        let toHandle = actor.isStaff && actor.departmentID != nil
            ? try await Initiative.query(on: req.db).filter(\.$department.$id == actor.departmentID!.uuid)
                .filter(\.$status ~~ [InitiativeStatus.received, .considering]).with(\.$association).with(\.$department)
                .sort(\.$dueOn).limit(50).all() : []
        let canPropose = !(try await ProjectEvents.actor(req).verifiedAssociations.isEmpty)
        let model = InitiativeListPage(items: try req.paged(items: Self.summaries(rows), page: page, total: total), mine: Self.summaries(mine),
                                       toHandle: Self.summaries(toHandle), canPropose: canPropose)
        return req.html(model.render(try await req.page()))
    }

    private func associations(_ req: Request) async throws -> [Association] {
        let ids = try await ProjectEvents.actor(req).verifiedAssociations.map(\.uuid)
        return ids.isEmpty ? [] : try await Association.query(on: req.db).filter(\.$id ~~ ids).sort(\.$sortKey).all()
    }

    @Sendable package func newForm(_ req: Request) async throws -> Response {
        try await render(req, FormState(values: ["topic": InquiryTopic.unknown.rawValue]))
    }

    private func render(_ req: Request, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = InitiativeFormPage(form: form, associations: try await associations(req).map { Form.Option($0.typedID, $0.name) },
                                      goals: try await ProjectsController.goalOptions(req))
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable package func create(_ req: Request) async throws -> Response {
        let allowed = try await associations(req).map(\.typedID)
        let user = try req.requireUser()
        let base = req.application.baseAddress
        let service = req.application.siteFacts.serviceName
        return try await req.answerForm(render: { form, status in try await render(req, form, status: status) }, perform: { fields in
            let draft = try InitiativeDraft.read(fields, associations: allowed).get()
            let id = try await req.change { change -> UUID in
                let department = try await InquiryStore.route(draft.topic, on: change.db)
                let initiative = Initiative(draft, authorID: user.id, department: department, at: change.now)
                try await initiative.create(on: change.db)
                let link = base + SiteURL.initiatives(.show(.value(initiative.id!.uuidString.lowercased()))).path
                let words = Wording(Language(cookie: user.language))
                let values = ["name": user.displayName, "title": draft.title, "department": department.name, "link": link, "service": service,
                              "due": words.day(CalendarDay(iso: initiative.dueOn)!)]
                let receipt = MailText.compose(Language(cookie: user.language), "initiative.received", values)
                try await change.mail(to: user.email, name: user.displayName, subject: receipt.subject, body: receipt.body)
                if !department.email.isEmpty {
                    let notice = MailText.compose(.sv, "initiative.arrived", values.merging(["name": ""]) { $1 })
                    try await change.mail(to: department.email, name: department.name, subject: notice.subject, body: notice.body)
                }
                try await change.audit("initiative.create", "initiative", initiative.id!.uuidString, "\(draft.title) → \(department.name)")
                return initiative.id!
            }
            return SiteURL.initiatives(.show(.value(id.uuidString.lowercased()))).path(query: [("notice", "initiativeSent")])
        })
    }

    private func find(_ req: Request) async throws -> Initiative {
        guard let raw = req.parameters.get("id"), let id = UUID(uuidString: raw),
              let initiative = try await Initiative.query(on: req.db).filter(\.$id == id).with(\.$association).with(\.$department).first(),
              InitiativeRules.maySee(isPublic: initiative.isPublic, association: AssociationID(initiative.$association.id),
                                     department: DepartmentID(initiative.$department.id), by: req.actor)
        else { throw Abort(.notFound) }
        return initiative
    }

    @Sendable package func show(_ req: Request) async throws -> Response {
        try await renderPage(req, try await find(req), FormState())
    }

    private func renderPage(_ req: Request, _ initiative: Initiative, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let goals = try await ProjectsController.goalOptions(req)
        let project = try await initiative.$project.get(on: req.db)
        let page = InitiativePage(
            summary: Self.summaries([initiative])[0], what: initiative.what, why: initiative.why, place: initiative.place, needs: initiative.needs,
            goalNames: goals.filter { initiative.goalNumbers.map(String.init).contains($0.value) }.map(\.label), reason: initiative.reason,
            project: try await project.asyncMap { try await ProjectStore.summaries([$0], on: req.db)[0] },
            canDecide: InitiativeRules.mayHandle(department: DepartmentID(initiative.$department.id), by: req.actor), form: form)
        return req.html(page.render(try await req.page()), status: status)
    }

    /// The department's word, decided on the initiative as read inside the change; the proposer is told.
    @Sendable package func decide(_ req: Request) async throws -> Response {
        let initiative = try await find(req)
        let id = initiative.id!
        let actor = req.actor
        let author = req.currentUser?.displayName ?? ""
        let base = req.application.baseAddress
        let service = req.application.siteFacts.serviceName
        return try await req.answerForm(render: { form, status in try await renderPage(req, initiative, form, status: status) }, perform: { fields in
            let decision: InitiativeDecision = switch fields["decision"] {
            case "accept": .accept
            case "consider": .consider
            default: .decline(reason: fields["reason"])
            }
            let slug = try await req.change { change -> String? in
                guard try await Initiative.lock(id, on: change.db), let current = try await Initiative.query(on: change.db).filter(\.$id == id)
                    .with(\.$association).with(\.$department).with(\.$author).first() else { throw Abort(.notFound) }
                current.status = try InitiativeRules.decide(decision, on: current.status, department: DepartmentID(current.$department.id),
                                                            by: actor).get()
                if case .decline(let reason) = decision { current.reason = reason.trimmingWhitespace() }
                if current.status.isDecided { current.decidedAt = change.now }
                if current.status == .accepted { current.$project.id = try await Self.startProject(from: current, author: author, change: change).id }
                try await current.update(on: change.db)
                if current.status.isDecided, let proposer = current.author {
                    let mail = MailText.compose(Language(cookie: proposer.language), "initiative.\(current.status.rawValue)", [
                        "name": proposer.displayName, "title": current.title, "department": current.department.name, "reason": current.reason,
                        "link": base + SiteURL.initiatives(.show(.value(id.uuidString.lowercased()))).path, "service": service])
                    try await change.mail(to: proposer.email, name: proposer.displayName, subject: mail.subject, body: mail.body)
                }
                try await change.audit("initiative.\(current.status.rawValue)", "initiative", id.uuidString, current.title)
                return try await current.$project.get(on: change.db)?.slug
            }
            return slug.map { SiteURL.projects(.show(.value($0))).path(query: [("notice", "projectStarted")]) }
                ?? SiteURL.initiatives(.show(.value(id.uuidString.lowercased()))).path(query: [("notice", "initiativeAnswered")])
        })
    }

    /// Yes to an initiative: a project led by the association, with the department as a confirmed partner.
    package static func startProject(from initiative: Initiative, author: String, change: Change) async throws -> Project {
        let draft = ProjectDraft(
            title: initiative.title, summary: initiative.what, easyRead: initiative.why, goals: initiative.goalNumbers.compactMap(Sdg.init),
            form: .dialogue, contactName: author, owner: .association(AssociationID(initiative.$association.id)), status: .planned)
        return try await ProjectStore.start(draft, partner: .department(DepartmentID(initiative.$department.id)), author: author,
                                            source: "initiative", change: change)
    }
}
