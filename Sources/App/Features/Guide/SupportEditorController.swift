import Vapor
import Fluent
import Domain
import Views

/// Departments publish and keep their support offerings; admins can do it for any department.
struct SupportEditorController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.staff(.supportList), .permission(.publishSupport), use: list)
        routes.get(.staff(.newSupport), .permission(.publishSupport), use: newForm)
        routes.post(.staff(.newSupport), .permission(.publishSupport), use: create)
        routes.get(.staff(.editSupport(.key)), .permission(.publishSupport), use: editForm)
        routes.post(.staff(.editSupport(.key)), .permission(.publishSupport), use: save)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let query = SupportOffering.query(on: req.db).with(\.$department)
        if req.actor.role != .admin { query.filter(\.$department.$id == (req.actor.departmentID?.uuid ?? UUID())) }
        let total = try await query.count()
        let rows = try await query.sort(\.$title).range(page.offset..<(page.offset + page.size)).all().map {
            SupportStaffPage.Row(slug: $0.slug, title: $0.title, department: $0.department.name, isPublished: $0.isPublished)
        }
        return req.html(SupportStaffPage(rows: try req.paged(items: rows, page: page, total: total)).render(try await req.page()))
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        try await render(req, slug: nil, form: FormState(values: ["departmentID": req.actor.departmentID?.description ?? ""]))
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        let offering = try await editable(req)
        try await offering.$categories.load(on: req.db)
        let fields = FormFields([
            ("title", offering.title), ("kind", offering.kind.rawValue), ("step", String(offering.step)), ("summary", offering.summary),
            ("easyRead", offering.easyRead), ("conditions", offering.conditions), ("requiresJoined", offering.requiresJoined ? "on" : ""),
            ("requiresOrgNumber", offering.requiresOrgNumber ? "on" : ""), ("howToApply", offering.howToApply),
            ("deadline", offering.deadline.map { CalendarDay($0).description } ?? ""), ("externalURL", offering.externalURL),
            ("appliesElsewhere", offering.externalURL.isEmpty ? "" : "on"),
            ("published", offering.isPublished ? "on" : ""), ("departmentID", DepartmentID(offering.$department.id).description),
        ] + offering.categories.map { ("categories", $0.category.rawValue) })
        return try await render(req, slug: offering.slug, form: FormState(fields: fields))
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        try await store(req, into: SupportOffering(), slug: nil)
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        try await store(req, into: try await editable(req), slug: req.parameters.get("slug"))
    }

    private func store(_ req: Request, into offering: SupportOffering, slug: String?) async throws -> Response {
        let allowed = Set(try await Department.publishable(by: req.actor, on: req.db).map(\.typedID))
        return try await req.answerForm(render: { form, status in
            try await render(req, slug: slug, form: form, status: status)
        }, perform: { fields in
            let draft = try SupportDraft.read(fields, departments: allowed).get()
            let isNew = offering.id == nil
            try await req.change { change in
                try await SupportStore.apply(draft, to: offering, on: change.db)
                try await change.audit(isNew ? "support.create" : "support.update", "support", offering.id!.uuidString,
                                       "\(offering.title) (\(offering.kind.rawValue), step \(offering.step), \(offering.isPublished ? "published" : "draft"))")
            }
            return SiteURL.staff(.editSupport(.value(offering.slug))).path(query: [("notice", "saved")])
        })
    }

    private func editable(_ req: Request) async throws -> SupportOffering {
        guard let slug = req.parameters.get("slug"),
              let offering = try await SupportOffering.query(on: req.db).filter(\.$slug == slug).first() else { throw Abort(.notFound) }
        guard Policy.mayPublish(req.actor, for: DepartmentID(offering.$department.id)) else { throw Abort(.forbidden) }
        return offering
    }

    private func render(_ req: Request, slug: String?, form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let easyRead = form["easyRead"].trimmingWhitespace()
        let page = SupportFormPage(
            slug: slug, form: form,
            departments: try await Department.publishable(by: req.actor, on: req.db).map { Form.Option($0.typedID, $0.name) },
            easyReadLix: easyRead.isEmpty ? nil : Lix(text: easyRead))
        return req.html(page.render(try await req.page()), status: status)
    }
}
