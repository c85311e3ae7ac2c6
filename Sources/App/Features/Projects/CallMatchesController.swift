import Vapor
import Fluent
import Domain
import Views

/// The department's view of who fits its call, best first with why, and sending the call to
/// the ticked associations' representatives — once per association, however often it is sent.
struct CallMatchesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.calls(.matches(.key)), .permission(.publishSupport), use: show)
        routes.post(.calls(.matches(.key)), .permission(.publishSupport), use: send)
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        try await render(req, try await CallEditorController.managed(req))
    }

    private func render(_ req: Request, _ call: Call, form: FormState = FormState(), status: HTTPResponseStatus = .ok) async throws -> Response {
        let id = call.id!
        let needs = try await CallStore.needs(of: id, on: req.db)
        let matches = CallMatching.rank(try await CallStore.candidates(for: needs, on: req.db), for: needs).prefix(200)
        let sent = Set(try await CallSending.query(on: req.db).filter(\.$call.$id == id).all().map { $0.$association.id })
        let districtNames = Dictionary(uniqueKeysWithValues: try await District.query(on: req.db).all().map { ($0.typedID, $0.name) })
        let slugs = Dictionary(uniqueKeysWithValues: try await Association.query(on: req.db).filter(\.$id ~~ matches.map(\.association.uuid)).all()
            .map { ($0.id!, $0.slug) })
        let words = Wording(req.language)
        let rows = matches.map { match in
            CallMatchesPage.Row(id: match.association.description, name: match.name, slug: slugs[match.association.uuid] ?? "",
                                reasons: match.reasons.map { Self.describe($0, words, districts: districtNames) },
                                sent: sent.contains(match.association.uuid))
        }
        let page = CallMatchesPage(call: try await CallStore.summaries([call], today: CalendarDay(req.now), on: req.db)[0], rows: rows, form: form)
        return req.html(page.render(try await req.page()), status: status)
    }

    /// "kompetens: npf", "stadsdel: Vivalla", in the reader's language.
    static func describe(_ reason: MatchReason, _ words: Wording, districts: [DistrictID: String]) -> String {
        switch reason {
        case .competence(let tag): return words.t("calls.reason.competence", ["value": tag])
        case .category(let category): return words.t("calls.reason.category", ["value": words.t("category.\(category.rawValue)")])
        case .district(let id): return words.t("calls.reason.district", ["value": districts[id] ?? ""])
        case .targetGroup(let group): return words.t("calls.reason.targetGroup", ["value": words.t("targetGroup.\(group.rawValue)")])
        }
    }

    @Sendable func send(_ req: Request) async throws -> Response {
        let call = try await CallEditorController.managed(req)
        let id = call.id!
        let link = req.application.baseAddress + SiteURL.calls(.show(.value(call.slug))).path
        let service = req.application.siteFacts.serviceName
        let department = call.department.name
        return try await req.answerForm(render: { form, status in
            try await render(req, call, form: form, status: status)
        }, perform: { fields in
            let requested = fields.all("associations").compactMap(AssociationID.init)
            try await req.change { change in
                guard try await Call.lock(id, on: change.db) else { throw Abort(.notFound) }
                let before = Set(try await CallSending.query(on: change.db).filter(\.$call.$id == id).all().map { AssociationID($0.$association.id) })
                let candidates = requested.isEmpty ? [] : try await Association.query(on: change.db).filter(\.$id ~~ requested.map(\.uuid)).all()
                let chosen = try CallRules.recipients(requested, statuses: Dictionary(uniqueKeysWithValues: candidates.map { ($0.typedID, $0.status) }),
                                                      sentBefore: before).get()
                let people = try await Representative.query(on: change.db).filter(\.$association.$id ~~ chosen.map(\.uuid)).with(\.$user).all()
                var mails: [(address: String, name: String?, subject: String, body: String)] = []
                for association in candidates where chosen.contains(association.typedID) {
                    try await CallSending(callID: id, associationID: association.id!, at: change.now).create(on: change.db)
                    for person in people where person.$association.id == association.id {
                        let mail = MailText.compose(Language(cookie: person.user.language), "call.sent", [
                            "name": person.user.displayName, "association": association.name, "department": department,
                            "title": call.title, "closes": Wording(Language(cookie: person.user.language)).day(call.closes), "link": link,
                            "service": service])
                        mails.append((person.user.email, person.user.displayName, mail.subject, mail.body))
                    }
                }
                try await change.mail(batch: mails)
                try await change.audit("call.send", "call", id.uuidString, "\(call.title): \(chosen.count)")
            }
            return SiteURL.calls(.matches(.value(call.slug))).path(query: [("notice", "callSent")])
        })
    }
}
