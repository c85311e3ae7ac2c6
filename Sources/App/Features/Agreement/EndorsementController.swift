import Vapor
import Fluent
import Domain
import Views

/// A representative joins the agreement for the association, or withdraws; an admin records
/// a department's or company's committee decision.
struct EndorsementController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.associations(.endorse(.key)), .signedIn, use: form)
        routes.post(.associations(.endorse(.key)), .signedIn, use: join)
        routes.post(.associations(.withdraw(.key)), .signedIn, use: withdraw)
        routes.post(.admin(.departmentEndorsement(.key)), .permission(.recordDepartmentEndorsement), use: department)
    }

    struct Input: Content {
        var decidedOn: String?
        var signatoryRole: String?
        var decisionReference: String?
        var confirm: String?
        var kind: String?
    }

    private func represented(_ req: Request) async throws -> Association {
        let association = try await AssociationStore.find(slug: req.parameters.get("slug"), for: req.actor, on: req.db)
        guard Policy.mayRepresent(req.actor, association: association.id!) else { throw Abort(.forbidden) }
        guard association.status == .verified else { throw Abort(.conflict, reason: "only verified associations can join") }
        return association
    }

    private func render(_ req: Request, _ association: Association, form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let english = req.language == .en
        let principles = try await Principle.query(on: req.db).sort(\.$position).all()
            .map { (name: english ? $0.nameEn : $0.nameSv, summary: english ? $0.summaryEn : $0.summarySv) }
        let page = EndorsePage(slug: association.slug, name: association.name, isJoined: association.joinedSince != nil,
                               principles: principles, form: form)
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable func form(_ req: Request) async throws -> Response {
        try await render(req, try await represented(req), form: FormState())
    }

    @Sendable func join(_ req: Request) async throws -> Response {
        try await record(req, .joined)
    }

    @Sendable func withdraw(_ req: Request) async throws -> Response {
        try await record(req, .withdrawn)
    }

    private func record(_ req: Request, _ kind: EndorsementEvent.Kind) async throws -> Response {
        let association = try await represented(req)
        let input = try req.content.decode(Input.self)
        var checks = FieldChecks()
        let date = Ledger.decisionDate(input.decidedOn, now: req.now)
        if date == nil { checks.add("decidedOn", (input.decidedOn ?? "").isEmpty ? "error.required" : "error.date") }
        if kind == .joined { checks.require(input.signatoryRole ?? "", "signatoryRole", max: 100) }
        if input.confirm != "on" { checks.add("confirm", "error.confirm") }
        guard let date, checks.isValid else {
            let values = ["decidedOn": input.decidedOn ?? "", "signatoryRole": input.signatoryRole ?? "", "confirm": input.confirm ?? ""]
            return try await render(req, association, form: FormState(values: values, errors: checks.errors), status: .unprocessableEntity)
        }
        let user = try req.requireUser()
        let entry = Ledger.Entry(kind: kind, decidedOn: date, signatoryRole: (input.signatoryRole ?? "").trimmingWhitespace(), decisionReference: "")
        try await req.change { change in try await Ledger.record(entry, for: .association(association), by: user, in: change) }
        return req.seeOther(SiteURL.associations(.show(.value(association.slug))).path(query: [("notice", kind == .joined ? "joined" : "withdrawn")]))
    }

    @Sendable func department(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("departmentID", as: UUID.self), let department = try await Department.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        let input = try req.content.decode(Input.self)
        let kind = EndorsementEvent.Kind(rawValue: input.kind ?? "") ?? .joined
        var checks = FieldChecks()
        let date = Ledger.decisionDate(input.decidedOn, now: req.now)
        if date == nil { checks.add("decidedOn", (input.decidedOn ?? "").isEmpty ? "error.required" : "error.date") }
        checks.require(input.decisionReference ?? "", "decisionReference", max: 200)
        guard let date, checks.isValid else {
            let page = DepartmentEditPage(id: department.id, form: FormState(values: department.formValues), joinedSince: department.joinedSince,
                                          endorsementForm: FormState(values: ["decidedOn": input.decidedOn ?? "", "decisionReference": input.decisionReference ?? ""],
                                                                     errors: checks.errors))
            return req.html(page.render(try await req.page()), status: .unprocessableEntity)
        }
        let user = try req.requireUser()
        let entry = Ledger.Entry(kind: kind, decidedOn: date, signatoryRole: "", decisionReference: (input.decisionReference ?? "").trimmingWhitespace())
        try await req.change { change in try await Ledger.record(entry, for: .department(department), by: user, in: change) }
        return req.seeOther(SiteURL.admin(.department(.id(id))).path(query: [("notice", "saved")]))
    }
}
