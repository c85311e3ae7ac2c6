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

    struct Input: Content {
        var title: String?
        var caseNumber: String?
        var summary: String?
        var easyRead: String?
        var body: String?
        var links: String?
        var questions: String?
        var districts: [String]?
        var categories: [String]?
        var announced: String?
        var opens: String?
        var closes: String?
        var departmentID: String?
        var compilation: String?

        var draft: ConsultationDraft {
            var draft = ConsultationDraft()
            draft.title = title ?? ""
            draft.caseNumber = caseNumber ?? ""
            draft.summary = summary ?? ""
            draft.easyRead = easyRead ?? ""
            draft.body = body ?? ""
            draft.links = links ?? ""
            draft.questions = questions ?? ""
            draft.districtIDs = districts ?? []
            draft.categories = categories ?? []
            draft.announced = announced ?? ""
            draft.opens = opens ?? ""
            draft.closes = closes ?? ""
            draft.departmentID = departmentID ?? ""
            return draft
        }
    }

    private func editable(_ req: Request) async throws -> Consultation {
        guard let slug = req.parameters.get("slug"),
              let consultation = try await Consultation.query(on: req.db).filter(\.$slug == slug).with(\.$districts).with(\.$categories).first()
        else { throw Abort(.notFound) }
        guard Policy.mayPublish(req.actor, for: consultation.$department.id) else { throw Abort(.forbidden) }
        return consultation
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        var draft = ConsultationDraft()
        draft.departmentID = req.actor.departmentID?.uuidString.lowercased() ?? ""
        return try await render(req, nil, draft)
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        let consultation = try await editable(req)
        return try await render(req, consultation, Self.draft(of: consultation))
    }

    static func draft(of consultation: Consultation) -> ConsultationDraft {
        var draft = ConsultationDraft()
        draft.title = consultation.title
        draft.caseNumber = consultation.caseNumber
        draft.summary = consultation.summary
        draft.easyRead = consultation.easyRead
        draft.body = consultation.body
        draft.links = consultation.links
        draft.questions = consultation.questions
        draft.districtIDs = consultation.districts.map { $0.districtID.uuidString.lowercased() }
        draft.categories = consultation.categories.map(\.category.rawValue)
        draft.announced = consultation.dates.announced.description
        draft.opens = consultation.dates.opens.description
        draft.closes = consultation.dates.closes.description
        draft.departmentID = consultation.$department.id.uuidString.lowercased()
        return draft
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        try await store(req, into: Consultation())
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        try await store(req, into: try await editable(req))
    }

    private func store(_ req: Request, into consultation: Consultation) async throws -> Response {
        let draft = try req.content.decode(Input.self).draft
        let allowed = Set(try await Department.publishable(by: req.actor, on: req.db).map { $0.id!.uuidString.lowercased() })
        let districts = Set(try await District.query(on: req.db).all().map { $0.id!.uuidString.lowercased() })
        switch draft.check(departments: allowed, knownDistricts: districts) {
        case .failure(let problems):
            return try await render(req, consultation.id == nil ? nil : consultation, draft, errors: problems.errors, status: .unprocessableEntity)
        case .success(let checked):
            let isNew = consultation.id == nil
            try await req.change { change in
                try await ConsultationStore.apply(checked, to: consultation, on: change.db)
                try await change.audit(isNew ? "consultation.create" : "consultation.update", "consultation", consultation.id!.uuidString,
                                       "\(consultation.caseNumber) \(consultation.title): \(checked.dates.opens) – \(checked.dates.closes)")
            }
            return req.seeOther(SiteURL.consultations(.show(.value(consultation.slug))).path(query: [("notice", "saved")]))
        }
    }

    /// Publishes what came in and how it was weighed; only after the closing day has ended.
    @Sendable func compile(_ req: Request) async throws -> Response {
        let consultation = try await editable(req)
        guard consultation.dates.mayCompile(at: req.now) else { throw Abort(.conflict) }
        let text = try req.content.decode(Input.self).compilation ?? ""
        var checks = FieldChecks()
        checks.require(text, "compilation", max: 20_000)
        guard checks.isValid else {
            return try await render(req, consultation, Self.draft(of: consultation),
                                    compilation: FormState(values: ["compilation": text], errors: checks.errors), status: .unprocessableEntity)
        }
        let link = req.application.settings.baseURL.absoluteString + SiteURL.consultations(.show(.value(consultation.slug))).path
        let service = req.application.siteFacts.serviceName
        try await req.change { change in
            let first = consultation.compiledAt == nil
            consultation.compilation = text.trimmingWhitespace()
            consultation.compiledAt = consultation.compiledAt ?? change.now
            try await consultation.update(on: change.db)
            // Everyone who answered hears what came of it (N6), once, when it is first published.
            if first {
                let authors = try await ConsultationResponse.query(on: change.db).filter(\.$consultation.$id == consultation.id!)
                    .filter(\.$submittedAt != nil).with(\.$author).all().compactMap(\.author)
                var seen = Set<String>()
                let mails = authors.filter { seen.insert($0.email.lowercased()).inserted }.map { user in
                    let mail = ConsultationMails.compiled(Language(cookie: user.language), name: user.displayName, title: consultation.title,
                                                          link: link, service: service)
                    return (address: user.email, name: Optional(user.displayName), subject: mail.subject, body: mail.body)
                }
                try await change.mail(batch: mails)
            }
            try await change.audit(first ? "consultation.compile" : "consultation.recompile", "consultation", consultation.id!.uuidString,
                                   consultation.caseNumber)
        }
        return req.seeOther(SiteURL.consultations(.show(.value(consultation.slug))).path(query: [("notice", "compilationPublished")]))
    }

    private func render(_ req: Request, _ consultation: Consultation?, _ draft: ConsultationDraft, errors: [FieldError] = [],
                        compilation: FormState? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let closed = consultation.map { $0.dates.mayCompile(at: req.now) } ?? false
        let page = ConsultationFormPage(
            slug: consultation?.slug, form: FormState(values: draft.formValues, errors: errors),
            districts: try await AssociationStore.districtOptions(on: req.db), selectedDistricts: Set(draft.districtIDs.map { $0.lowercased() }),
            selectedCategories: Set(draft.categories),
            departments: try await Department.publishable(by: req.actor, on: req.db).map { Form.Option($0.id!.uuidString.lowercased(), $0.name) },
            compilationForm: closed ? (compilation ?? FormState(values: ["compilation": consultation?.compilation ?? ""])) : nil)
        return req.html(page.render(try await req.page()), status: status)
    }
}
