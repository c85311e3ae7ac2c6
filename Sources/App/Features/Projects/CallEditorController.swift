import Vapor
import Fluent
import Domain
import Views

/// A department publishes a call for partners and changes it.
struct CallEditorController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.calls(.new), .permission(.publishSupport), use: newForm)
        routes.post(.calls(.new), .permission(.publishSupport), use: create)
        routes.get(.calls(.edit(.key)), .permission(.publishSupport), use: editForm)
        routes.post(.calls(.edit(.key)), .permission(.publishSupport), use: save)
    }

    /// The call, when this person publishes for its department.
    static func managed(_ req: Request) async throws -> Call {
        let call = try await CallStore.find(slug: req.parameters.get("slug"), on: req.db)
        guard Policy.mayPublish(req.actor, for: DepartmentID(call.$department.id)) else { throw Abort(.forbidden) }
        return call
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        try await render(req, nil, FormState(values: ["departmentID": req.actor.departmentID?.description ?? "", "form": "2",
                                                      "contactName": req.currentUser?.displayName ?? "", "contactEmail": req.currentUser?.email ?? ""]))
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        let call = try await Self.managed(req)
        let tags = try await CallStore.tags([call.id!], on: req.db)
        let pairs: [(String, String)] = [
            ("title", call.title), ("summary", call.summary), ("easyRead", call.easyRead), ("form", String(call.form)),
            ("money", call.money ? "on" : ""), ("premises", call.premises ? "on" : ""), ("closes", call.closesOn),
            ("contactName", call.contactName), ("contactEmail", call.contactEmail), ("departmentID", DepartmentID(call.$department.id).description),
            ("competences", tags.filter { $0.kind == .competence }.map(\.value).sorted().joined(separator: ", ")),
        ]
        let fields = FormFields(pairs + tags.filter { $0.kind != .competence }.map {
            ($0.kind == .category ? "categories" : $0.kind == .district ? "districts" : "targetGroups", $0.value)
        })
        return try await render(req, call, FormState(fields: fields))
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        try await store(req, into: Call())
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        try await store(req, into: try await Self.managed(req))
    }

    private func store(_ req: Request, into call: Call) async throws -> Response {
        let allowed = Set(try await Department.publishable(by: req.actor, on: req.db).map(\.typedID))
        let districts = Set(try await District.query(on: req.db).all().map(\.typedID))
        return try await req.answerForm(render: { form, status in
            try await render(req, call.id == nil ? nil : call, form, status: status)
        }, perform: { fields in
            let draft = try CallDraft.read(fields, departments: allowed, knownDistricts: districts, today: CalendarDay(req.now)).get()
            let isNew = call.id == nil
            try await req.change { change in
                try await CallStore.apply(draft, to: call, on: change.db)
                try await change.audit(isNew ? "call.create" : "call.update", "call", call.id!.uuidString, "\(draft.title) – \(draft.closes)")
            }
            return SiteURL.calls(.show(.value(call.slug))).path(query: [("notice", "saved")])
        })
    }

    private func render(_ req: Request, _ call: Call?, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = CallFormPage(slug: call?.slug, form: form,
                                departments: try await Department.publishable(by: req.actor, on: req.db).map { Form.Option($0.typedID, $0.name) },
                                districts: try await AssociationStore.districtOptions(on: req.db))
        return req.html(page.render(try await req.page()), status: status)
    }
}
