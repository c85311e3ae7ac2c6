import Vapor
import Fluent
import Domain
import Views

/// A department announces consultations, changes them, and publishes the compilation once closed.
struct ConsultationEditorController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.staff(.newConsultation), .permission(.publishSupport), use: newForm)
        routes.post(.staff(.newConsultation), .permission(.publishSupport), use: create)
        routes.get(.staff(.editConsultation(.key)), .permission(.publishSupport), use: editForm)
        routes.post(.staff(.editConsultation(.key)), .permission(.publishSupport), use: save)
        routes.post(.staff(.compileConsultation(.key)), .permission(.publishSupport), use: compile)
    }

    private func editable(_ req: Request) async throws -> Consultation {
        guard let slug = req.parameters.get("slug"),
              let consultation = try await Consultation.query(on: req.db).filter(\.$slug == slug).with(\.$districts).with(\.$categories).first()
        else { throw Abort(.notFound) }
        guard Policy.mayPublish(req.actor, for: DepartmentID(consultation.$department.id)) else { throw Abort(.forbidden) }
        return consultation
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        try await render(req, nil, FormState(values: ["departmentID": req.actor.departmentID?.description ?? ""]))
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        let consultation = try await editable(req)
        return try await render(req, consultation, FormState(fields: Self.fields(of: consultation)))
    }

    /// The consultation as its form shows it, to change.
    static func fields(of consultation: Consultation) -> FormFields {
        FormFields([
            ("title", consultation.title), ("caseNumber", consultation.caseNumber), ("summary", consultation.summary),
            ("easyRead", consultation.easyRead), ("body", consultation.body), ("links", consultation.links),
            ("questions", consultation.questions), ("announced", consultation.dates.announced.description),
            ("opens", consultation.dates.opens.description), ("closes", consultation.dates.closes.description),
            ("departmentID", DepartmentID(consultation.$department.id).description),
        ] + consultation.districts.map { ("districts", DistrictID($0.districtID).description) }
          + consultation.categories.map { ("categories", $0.category.rawValue) })
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        try await store(req, into: Consultation())
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        try await store(req, into: try await editable(req))
    }

    private func store(_ req: Request, into consultation: Consultation) async throws -> Response {
        let allowed = Set(try await Department.publishable(by: req.actor, on: req.db).map(\.typedID))
        let districts = Set(try await District.query(on: req.db).all().map(\.typedID))
        return try await req.answerForm(render: { form, status in
            try await render(req, consultation.id == nil ? nil : consultation, form, status: status)
        }, perform: { fields in
            let draft = try ConsultationDraft.read(fields, departments: allowed, knownDistricts: districts).get()
            let isNew = consultation.id == nil
            try await req.change { change in
                try await ConsultationStore.apply(draft, to: consultation, on: change.db)
                try await change.audit(isNew ? "consultation.create" : "consultation.update", "consultation", consultation.id!.uuidString,
                                       "\(consultation.caseNumber) \(consultation.title): \(draft.dates.opens) – \(draft.dates.closes)")
            }
            return SiteURL.consultations(.show(.value(consultation.slug))).path(query: [("notice", "saved")])
        })
    }

    /// Publishes what came in and how it was weighed; only after the closing day has ended.
    @Sendable func compile(_ req: Request) async throws -> Response {
        let consultation = try await editable(req)
        let id = consultation.id!
        let link = req.application.baseAddress + SiteURL.consultations(.show(.value(consultation.slug))).path
        let service = req.application.siteFacts.serviceName
        return try await req.answerForm(render: { form, status in
            try await render(req, consultation, FormState(fields: Self.fields(of: consultation)), compilation: form, status: status)
        }, perform: { fields in
            try await req.change { change in
                guard try await Consultation.lock(id, on: change.db), let consultation = try await Consultation.find(id, on: change.db) else {
                    throw Abort(.notFound)
                }
                let (text, first) = try CompilationRules.decide(fields["compilation"], dates: consultation.dates,
                                                                compiledBefore: consultation.compiledAt != nil, now: change.now).get()
                consultation.compilation = text
                consultation.compiledAt = consultation.compiledAt ?? change.now
                try await consultation.update(on: change.db)
                // Everyone who answered hears what came of it (N6), once, when it is first published.
                if first {
                    let authors = try await ConsultationResponse.query(on: change.db).filter(\.$consultation.$id == id)
                        .filter(\.$submittedAt != nil).with(\.$author).all().compactMap(\.author)
                    var seen = Set<String>()
                    let mails = authors.filter { seen.insert($0.email.lowercased()).inserted }.map { user in
                        let mail = ConsultationMails.compiled(Language(cookie: user.language), name: user.displayName, title: consultation.title,
                                                              link: link, service: service)
                        return (address: user.email, name: Optional(user.displayName), subject: mail.subject, body: mail.body)
                    }
                    try await change.mail(batch: mails)
                }
                try await change.audit(first ? "consultation.compile" : "consultation.recompile", "consultation", id.uuidString,
                                       consultation.caseNumber)
            }
            return SiteURL.consultations(.show(.value(consultation.slug))).path(query: [("notice", "compilationPublished")])
        })
    }

    private func render(_ req: Request, _ consultation: Consultation?, _ form: FormState,
                        compilation: FormState? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let closed = consultation.map { $0.dates.mayCompile(at: req.now) } ?? false
        let page = ConsultationFormPage(
            slug: consultation?.slug, form: form, districts: try await AssociationStore.districtOptions(on: req.db),
            departments: try await Department.publishable(by: req.actor, on: req.db).map { Form.Option($0.typedID, $0.name) },
            compilationForm: closed ? (compilation ?? FormState(values: ["compilation": consultation?.compilation ?? ""])) : nil)
        return req.html(page.render(try await req.page()), status: status)
    }
}
