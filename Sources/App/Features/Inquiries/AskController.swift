import Vapor
import Fluent
import Domain
import Views

/// "Kontakta kommunen": anyone asks; staff register a question that came by phone, letter or visit.
struct AskController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.inquiries(.ask), .everyone, use: form)
        routes.post(.inquiries(.ask), .everyone, use: ask)
        routes.get(.staff(.newInquiry), .permission(.registerInquiries), use: staffForm)
        routes.post(.staff(.newInquiry), .permission(.registerInquiries), use: register)
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
        let answers = GuideAnswers(query: query, knownDistricts: Set(districts.map(\.typedID)))
        let district = districts.first { $0.typedID == answers.district?.districtID }
        let words = Wording(req.language)
        let lines = GuideResultPage.summary(answers, districtName: district?.name, words).map { "\($0.0) \($0.1)" }
        values["question"] = words.t("guide.askIntro") + "\n" + lines.joined(separator: "\n") + "\n\n" + words.t("guide.askQuestion") + " "
        if let district { values["districtID"] = district.typedID.description }
    }

    @Sendable func staffForm(_ req: Request) async throws -> Response {
        try await render(req, FormState(values: ["channel": "phone", "receivedVia": "phone", "claim": "on"]), staff: true)
    }

    @Sendable func ask(_ req: Request) async throws -> Response {
        try await file(req, staff: false)
    }

    @Sendable func register(_ req: Request) async throws -> Response {
        try await file(req, staff: true)
    }

    private func file(_ req: Request, staff: Bool) async throws -> Response {
        let districts = Set(try await District.query(on: req.db).all().map(\.typedID))
        // Only verified associations speak as associations.
        let own = staff ? [] : Set(try await AssociationStore.represented(req).filter { $0.status == .verified }.map(\.typedID))
        let user = req.currentUser, actor = req.actor
        let client = req.clientAddress
        let origin = InquiryStore.Origin(submitterID: staff ? nil : user?.id, registeredByID: staff ? user?.id : nil, language: req.language)
        let app = req.application
        return try await req.answerForm(render: { form, status in
            try await render(req, form, staff: staff, status: status)
        }, perform: { sent in
            var fields = sent
            // The public form is the web; a question typed in by staff came some other way.
            if !staff { fields.set("receivedVia", ReceivedVia.web.rawValue) } else if fields["receivedVia"] == ReceivedVia.web.rawValue {
                fields.set("receivedVia", "")
            }
            let draft = try InquiryDraft.read(fields, knownDistricts: districts, ownAssociations: own).get()
            let claim = staff && fields["claim"] == "on"
            let (inquiry, token, claimed) = try await req.change { change in
                let (inquiry, token) = try await InquiryStore.create(draft, origin: origin, app: app, in: change)
                // Counted last: on PostgreSQL the count holds a lock until the change commits.
                if !staff { try await change.take(.inquiriesFromClient, for: client) }
                let claimed = claim ? try await Self.claim(inquiry.id!, actor: actor, user: user?.ref, app: app, in: change) : false
                return (inquiry, token, claimed)
            }
            if staff {
                let notice = claim && !claimed ? "inquiryRegisteredElsewhere" : claimed ? "inquiryRegisteredClaimed" : "inquiryRegistered"
                return SiteURL.staff(.inquiry(.value(inquiry.reference))).path(query: [("notice", notice)])
            }
            return SiteURL.inquiries(.show(.token(.value(token)))).path(query: [("notice", "inquirySent"), ("sent", "1")])
        })
    }

    /// The handler who registered the question takes it, in the same change, when the rules let
    /// them (it went to their department); a question routed elsewhere is registered all the same.
    private static func claim(_ id: UUID, actor: Actor, user: PersonRef?, app: Application, in change: Change) async throws -> Bool {
        guard let inquiry = try await Inquiry.query(on: change.db).filter(\.$id == id).with(\.$department).with(\.$assignee).first()
        else { return false }
        do {
            try await InquiryEvents.decide(.claim, on: inquiry, approach: .staff, actor: actor, user: user, app: app, in: change)
            return true
        } catch is InquiryRefusal {
            return false
        }
    }

    private func render(_ req: Request, _ form: FormState, staff: Bool, status: HTTPResponseStatus = .ok) async throws -> Response {
        let associations = staff ? [] : try await AssociationStore.represented(req).filter { $0.status == .verified }
            .map { Form.Option($0.typedID, $0.name) }
        let page = AskPage(form: form, districts: try await AssociationStore.districtOptions(on: req.db),
                           associations: associations, staffMode: staff)
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }
}
