import Vapor
import Fluent
import Domain
import Views

/// The responsible department invites chosen associations to answer; each association's
/// representatives (and its own address) get a formal invitation by mail.
struct InvitationController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.staff(.inviteConsultation(.key)), .permission(.publishSupport), use: page)
        routes.post(.staff(.inviteConsultation(.key)), .permission(.publishSupport), use: invite)
    }

    private func consultation(_ req: Request) async throws -> Consultation {
        guard let slug = req.parameters.get("slug"),
              let consultation = try await Consultation.query(on: req.db).filter(\.$slug == slug).with(\.$department).first()
        else { throw Abort(.notFound) }
        guard Policy.mayPublish(req.actor, for: DepartmentID(consultation.$department.id)) else { throw Abort(.forbidden) }
        return consultation
    }

    @Sendable func page(_ req: Request) async throws -> Response {
        try await render(req, try await consultation(req))
    }

    @Sendable func invite(_ req: Request) async throws -> Response {
        let consultation = try await consultation(req)
        let id = consultation.id!
        let summary = try await ConsultationStore.summaries([consultation], now: req.now, on: req.db)[0]
        let link = req.application.baseAddress + SiteURL.consultations(.show(.value(consultation.slug))).path
        let service = req.application.siteFacts.serviceName
        let department = consultation.department.name
        return try await req.answerForm(render: { form, status in
            try await render(req, consultation, errors: form.errors, status: status)
        }, perform: { fields in
            let requested = fields.all("associations").compactMap(AssociationID.init)
            try await req.change { change in
                guard try await Consultation.lock(id, on: change.db) else { throw Abort(.notFound) }
                let already = Set(try await ConsultationInvitation.query(on: change.db).filter(\.$consultation.$id == id).all()
                    .map { AssociationID($0.$association.id) })
                let candidates = requested.isEmpty ? [] : try await Association.query(on: change.db).filter(\.$id ~~ requested.map(\.uuid)).all()
                let ids = try ConsultationInvitations.choose(requested, statuses: Dictionary(uniqueKeysWithValues: candidates.map { ($0.typedID, $0.status) }),
                                                             alreadyInvited: already).get()
                let chosen = candidates.filter { ids.contains($0.typedID) }
                let people = try await Representative.query(on: change.db).filter(\.$association.$id ~~ chosen.map { $0.id! }).with(\.$user).all()
                var mails: [(address: String, name: String?, subject: String, body: String)] = []
                for association in chosen {
                    try await ConsultationInvitation(consultationID: id, associationID: association.id!, at: change.now).create(on: change.db)
                    var recipients = people.filter { $0.$association.id == association.id }
                        .map { ($0.user.email, $0.user.displayName, Language(cookie: $0.user.language)) }
                    if !association.email.isEmpty, !recipients.contains(where: { $0.0.lowercased() == association.email.lowercased() }) {
                        recipients.append((association.email, "", .sv))
                    }
                    for (address, name, language) in recipients {
                        let mail = ConsultationMails.invitation(language, name: name, association: association.name, summary: summary,
                                                                department: department, link: link, service: service)
                        mails.append((address, name.isEmpty ? nil : name, mail.subject, mail.body))
                    }
                }
                try await change.mail(batch: mails)
                try await change.audit("consultation.invite", "consultation", id.uuidString,
                                       "\(consultation.caseNumber): " + chosen.map(\.name).sorted().joined(separator: ", "))
            }
            return SiteURL.staff(.inviteConsultation(.value(consultation.slug))).path(query: [("notice", "invitationsSent")])
        })
    }

    private func render(_ req: Request, _ consultation: Consultation, errors: [FieldError] = [],
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        let query = String((req.query[String.self, at: "q"] ?? "").prefix(200))
        var candidates: [Form.Option] = []
        let invited = try await ConsultationInvitation.query(on: req.db).filter(\.$consultation.$id == consultation.id!)
            .with(\.$association).sort(\.$invitedAt).limit(500).all()
        let invitedIDs = Set(invited.map { $0.$association.id })
        if !query.trimmingWhitespace().isEmpty {
            var filter = DirectoryQuery.Filter()
            filter.terms = SearchTerms(query)
            let rows = try await DirectoryQuery(req.db).page(filter, Domain.PageRequest(number: 1, size: 25)).items
            candidates = rows.filter { !invitedIDs.contains($0.id) }.map { Form.Option(AssociationID($0.id), $0.name) }
        }
        let page = InvitationsPage(
            summary: try await ConsultationStore.summaries([consultation], now: req.now, on: req.db)[0], query: query, candidates: candidates,
            invited: invited.map { InvitationsPage.Invited(name: $0.association.name, invitedAt: $0.invitedAt) },
            form: FormState(errors: errors))
        return req.html(page.render(try await req.page()), status: status)
    }
}
