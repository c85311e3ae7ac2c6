import Vapor
import Fluent
import Domain
import Views

/// "Kontakta kommunen": anyone asks; staff register a question that came by phone, letter or visit.
struct AskController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.inquiries(.ask), .everyone, use: form)
        routes.post(.inquiries(.ask), .everyone, use: ask)
        routes.get(.staff(.newInquiry), .permission(.handleInquiries), use: staffForm)
        routes.post(.staff(.newInquiry), .permission(.handleInquiries), use: register)
    }

    struct Input: Content {
        var topic: String?
        var question: String?
        var districtID: String?
        var associationID: String?
        var name: String?
        var email: String?
        var phone: String?
        var address: String?
        var channel: String?
        var receivedVia: String?

        func draft(via: String) -> InquiryDraft {
            InquiryDraft(topic: topic ?? "", question: question ?? "", districtID: districtID ?? "", associationID: associationID ?? "",
                         name: name ?? "", email: email ?? "", phone: phone ?? "", address: address ?? "", channel: channel ?? "",
                         receivedVia: via)
        }
    }

    @Sendable func form(_ req: Request) async throws -> Response {
        let user = req.currentUser
        var values = ["channel": "email", "name": user?.displayName ?? "", "email": user?.email ?? ""]
        if let topic = req.query[String.self, at: "topic"], InquiryTopic(rawValue: topic) != nil { values["topic"] = topic }
        if let question = req.query[String.self, at: "question"] { values["question"] = String(question.prefix(1000)) }
        if req.query[String.self, at: "from"] == "guide" { try await prefill(&values, fromGuide: req) }
        return try await render(req, FormState(values: values), staff: false)
    }

    /// A question started from the guide's result carries its answers, written out, and the district.
    private func prefill(_ values: inout [String: String], fromGuide req: Request) async throws {
        let districts = try await District.query(on: req.db).all()
        var query: [String: String] = [:]
        for question in GuideAnswers.Question.allCases { query[question.rawValue] = req.query[String.self, at: question.rawValue] }
        let answers = GuideAnswers(query: query, knownDistricts: Set(districts.map { $0.id!.uuidString.lowercased() }))
        let district = districts.first { $0.id!.uuidString.lowercased() == answers.district }
        let context = PageContext.mail(req.language)
        let lines = GuideResultPage.summary(answers, districtName: district?.name, context).map { "\($0.0) \($0.1)" }
        values["question"] = context.t("guide.askIntro") + "\n" + lines.joined(separator: "\n") + "\n\n" + context.t("guide.askQuestion") + " "
        if let district { values["districtID"] = district.id!.uuidString.lowercased() }
    }

    @Sendable func staffForm(_ req: Request) async throws -> Response {
        try await render(req, FormState(values: ["channel": "phone", "receivedVia": "phone"]), staff: true)
    }

    @Sendable func ask(_ req: Request) async throws -> Response {
        let input = try req.content.decode(Input.self)
        let draft = input.draft(via: ReceivedVia.web.rawValue)
        return try await file(req, draft, staff: false)
    }

    @Sendable func register(_ req: Request) async throws -> Response {
        let input = try req.content.decode(Input.self)
        let via = input.receivedVia ?? ""
        // A question typed in by staff came some other way than the web form.
        let draft = input.draft(via: via == ReceivedVia.web.rawValue ? "" : via)
        return try await file(req, draft, staff: true)
    }

    private func file(_ req: Request, _ draft: InquiryDraft, staff: Bool) async throws -> Response {
        let districts = Set(try await District.query(on: req.db).all().map { $0.id!.uuidString.lowercased() })
        let own = staff ? [] : Set(req.actor.associationIDs.map { $0.uuidString.lowercased() })
        let checked: InquiryDraft.Checked
        switch draft.check(knownDistricts: districts, ownAssociations: own) {
        case .failure(let problems):
            return try await render(req, FormState(values: draft.formValues, errors: problems.errors), staff: staff, status: .unprocessableEntity)
        case .success(let value): checked = value
        }
        let user = req.currentUser
        let origin = InquiryStore.Origin(submitterID: staff ? nil : user?.id, registeredByID: staff ? user?.id : nil, language: req.language)
        let app = req.application
        let (inquiry, token) = try await req.change { change in
            try await InquiryStore.create(checked, origin: origin, app: app, in: change)
        }
        if staff {
            return req.seeOther(SiteURL.staff(.inquiry(.value(inquiry.reference))).path(query: [("notice", "inquiryRegistered")]))
        }
        return req.seeOther(SiteURL.inquiries(.show(.token(.value(token)))).path(query: [("notice", "inquirySent"), ("sent", "1")]))
    }

    private func render(_ req: Request, _ form: FormState, staff: Bool, status: HTTPResponseStatus = .ok) async throws -> Response {
        let associations = staff ? [] : try await AssociationStore.represented(req)
            .map { Form.Option($0.id!.uuidString.lowercased(), $0.name) }
        let page = AskPage(form: form, districts: try await AssociationStore.districtOptions(on: req.db),
                           associations: associations, staffMode: staff)
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }
}
