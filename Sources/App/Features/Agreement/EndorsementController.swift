import Vapor
import Fluent
import Domain
import Views

/// A representative joins the agreement for the association, or withdraws; an admin records
/// a department's or company's committee decision. `Ledger` records what `EndorsementRules` decides.
struct EndorsementController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.associations(.endorse(.key)), .signedIn, use: form)
        routes.post(.associations(.endorse(.key)), .signedIn, use: join)
        routes.post(.associations(.withdraw(.key)), .signedIn, use: withdraw)
        routes.post(.admin(.departmentEndorsement(.key)), .permission(.recordDepartmentEndorsement), use: department)
    }

    /// The association, for one of its representatives; only verified associations join.
    private func represented(_ req: Request) async throws -> Association {
        let association = try await AssociationStore.find(slug: req.parameters.get("slug"), for: req.actor, on: req.db)
        guard Policy.mayRepresent(req.actor, association: association.typedID) else { throw Abort(.forbidden) }
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
        let user = try req.requireUser()
        return try await req.answerForm(render: { form, status in
            try await render(req, try await represented(req), form: form, status: status)
        }, perform: { fields in
            try await req.change { change in try await Ledger.record(kind, fields, for: .association(association.id!), by: user, in: change) }
            return SiteURL.associations(.show(.value(association.slug))).path(query: [("notice", kind == .joined ? "joined" : "withdrawn")])
        })
    }

    @Sendable func department(_ req: Request) async throws -> Response {
        guard let id = req.parameters.get("departmentID").flatMap(DepartmentID.init), let department = try await Department.find(id.uuid, on: req.db)
        else { throw Abort(.notFound) }
        let user = try req.requireUser()
        return try await req.answerForm(render: { form, status in
            let page = DepartmentEditPage(id: department.typedID, form: FormState(values: department.formValues), joinedSince: department.joinedSince,
                                          endorsementForm: form)
            return req.html(page.render(try await req.page()), status: status)
        }, perform: { fields in
            let kind = EndorsementEvent.Kind(rawValue: fields["kind"]) ?? .joined
            try await req.change { change in try await Ledger.record(kind, fields, for: .department(id.uuid), by: user, in: change) }
            return SiteURL.admin(.department(.id(id))).path(query: [("notice", "saved")])
        })
    }
}
