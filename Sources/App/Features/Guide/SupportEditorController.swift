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

    struct Input: Content {
        var title: String?
        var kind: String?
        var step: String?
        var summary: String?
        var easyRead: String?
        var conditions: String?
        var requiresJoined: String?
        var requiresOrgNumber: String?
        var howToApply: String?
        var deadline: String?
        var externalURL: String?
        var categories: [String]?
        var published: String?
        var departmentID: String?

        var draft: SupportDraft {
            var draft = SupportDraft()
            draft.title = title ?? ""
            draft.kind = kind ?? ""
            draft.step = step ?? ""
            draft.summary = summary ?? ""
            draft.easyRead = easyRead ?? ""
            draft.conditions = conditions ?? ""
            draft.requiresJoined = requiresJoined == "on"
            draft.requiresOrgNumber = requiresOrgNumber == "on"
            draft.howToApply = howToApply ?? ""
            draft.deadline = deadline ?? ""
            draft.externalURL = externalURL ?? ""
            draft.categories = categories ?? []
            draft.published = published == "on"
            draft.departmentID = departmentID ?? ""
            return draft
        }
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let query = SupportOffering.query(on: req.db).with(\.$department)
        if req.actor.role != .admin { query.filter(\.$department.$id == (req.actor.departmentID ?? UUID())) }
        let total = try await query.count()
        let rows = try await query.sort(\.$title).range(page.offset..<(page.offset + page.size)).all().map {
            SupportStaffPage.Row(slug: $0.slug, title: $0.title, department: $0.department.name, isPublished: $0.isPublished)
        }
        return req.html(SupportStaffPage(rows: Paged(items: rows, page: page, total: total)).render(try await req.page()))
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        var draft = SupportDraft()
        draft.departmentID = req.actor.departmentID?.uuidString.lowercased() ?? ""
        return try await render(req, slug: nil, draft: draft, errors: [])
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        let offering = try await editable(req)
        try await offering.$categories.load(on: req.db)
        var draft = SupportDraft()
        draft.title = offering.title
        draft.kind = offering.kind.rawValue
        draft.step = String(offering.step)
        draft.summary = offering.summary
        draft.easyRead = offering.easyRead
        draft.conditions = offering.conditions
        draft.requiresJoined = offering.requiresJoined
        draft.requiresOrgNumber = offering.requiresOrgNumber
        draft.howToApply = offering.howToApply
        draft.deadline = offering.deadline.map { CalendarDay($0).description } ?? ""
        draft.externalURL = offering.externalURL
        draft.categories = offering.categories.map(\.category.rawValue)
        draft.published = offering.isPublished
        draft.departmentID = offering.$department.id.uuidString.lowercased()
        return try await render(req, slug: offering.slug, draft: draft, errors: [])
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        try await store(req, into: SupportOffering(), slug: nil)
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        try await store(req, into: try await editable(req), slug: req.parameters.get("slug"))
    }

    private func store(_ req: Request, into offering: SupportOffering, slug: String?) async throws -> Response {
        let draft = try req.content.decode(Input.self).draft
        let allowed = Set(try await Department.publishable(by: req.actor, on: req.db).map { $0.id!.uuidString.lowercased() })
        switch draft.check(departments: allowed) {
        case .failure(let problems):
            return try await render(req, slug: slug, draft: draft, errors: problems.errors, status: .unprocessableEntity)
        case .success(let checked):
            let isNew = offering.id == nil
            try await req.change { change in
                try await SupportStore.apply(checked, to: offering, on: change.db)
                try await change.audit(isNew ? "support.create" : "support.update", "support", offering.id!.uuidString,
                                       "\(offering.title) (\(offering.kind.rawValue), step \(offering.step), \(offering.isPublished ? "published" : "draft"))")
            }
            return req.seeOther(SiteURL.staff(.editSupport(.value(offering.slug))).path(query: [("notice", "saved")]))
        }
    }

    private func editable(_ req: Request) async throws -> SupportOffering {
        guard let slug = req.parameters.get("slug"),
              let offering = try await SupportOffering.query(on: req.db).filter(\.$slug == slug).first() else { throw Abort(.notFound) }
        guard Policy.mayPublish(req.actor, for: offering.$department.id) else { throw Abort(.forbidden) }
        return offering
    }

    private func render(_ req: Request, slug: String?, draft: SupportDraft, errors: [FieldError],
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        let easyRead = draft.easyRead.trimmingWhitespace()
        let page = SupportFormPage(
            slug: slug, form: FormState(values: draft.formValues, errors: errors), categories: Set(draft.categories),
            departments: try await Department.publishable(by: req.actor, on: req.db).map { Form.Option($0.id!.uuidString.lowercased(), $0.name) },
            easyReadLix: easyRead.isEmpty ? nil : Lix(text: easyRead))
        return req.html(page.render(try await req.page()), status: status)
    }
}
