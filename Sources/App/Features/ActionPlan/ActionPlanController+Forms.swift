import Vapor
import Fluent
import Domain
import Views

/// The coordinator writes and changes the plan's actions: one change with its audit row,
/// decided by `ActionPlanRules` inside it; bad input comes back with what to fix.
extension ActionPlanController {
    private func render(_ req: Request, _ form: FormState, id: UUID? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        guard ActionPlanRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let english = req.language == .en
        let owners = [Form.Option("council", Wording(req.language).t("council.title"))]
            + (try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all()).map { Form.Option($0.typedID, $0.name) }
        let principles = try await Principle.query(on: req.db).sort(\.$position).all()
            .map { Form.Option($0.id!.uuidString.lowercased(), english ? $0.nameEn : $0.nameSv) }
        let page = ActionFormPage(form: form, owners: owners, principles: principles, id: id?.uuidString.lowercased())
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        let year = CalendarDay(req.now).year + 1
        return try await render(req, FormState(values: ["firstYear": String(year), "lastYear": String(year + 1), "owner": "council"]))
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        guard ActionPlanRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let action = try await Self.find(req)
        return try await render(req, FormState(values: [
            "firstYear": String(action.firstYear), "lastYear": String(action.lastYear), "title": action.title, "description": action.description,
            "owner": action.owner.choice, "principle": action.$principle.id?.uuidString.lowercased() ?? "", "target": action.target,
        ]), id: action.id)
    }

    @Sendable func create(_ req: Request) async throws -> Response { try await save(req, id: nil) }

    @Sendable func update(_ req: Request) async throws -> Response {
        guard ActionPlanRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        return try await save(req, id: try await Self.find(req).id)
    }

    private func save(_ req: Request, id: UUID?) async throws -> Response {
        guard ActionPlanRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let departments = Set(try await Department.query(on: req.db).all().map(\.typedID))
        let principles = Set(try await Principle.query(on: req.db).all().map { $0.id!.uuidString.lowercased() })
        let today = CalendarDay(req.now)
        return try await req.answerForm(render: { form, status in try await render(req, form, id: id, status: status) }, perform: { fields in
            var fields = fields
            fields.set("principle", fields["principle"].lowercased())
            let draft = try ActionDraft.read(fields, departments: departments, principles: principles, today: today).get()
            let saved = try await req.change { change in
                try ActionPlanRules.manage(by: change.actor).get()
                let action: PlanAction
                if let id {
                    guard try await PlanAction.lock(id, on: change.db), let found = try await PlanAction.find(id, on: change.db) else { throw Abort(.notFound) }
                    action = found
                } else {
                    action = PlanAction()
                    action.status = .notStarted
                }
                action.apply(draft)
                try await action.save(on: change.db)
                try await change.audit(id == nil ? "actionPlan.action" : "actionPlan.action.update", "plan_action", action.id!.uuidString,
                                       "\(draft.firstYear)–\(draft.lastYear): \(draft.title)")
                return action.id!
            }
            return SiteURL.council(.action(.value(saved.uuidString.lowercased()))).path(query: [("notice", "actionSaved")])
        })
    }
}
