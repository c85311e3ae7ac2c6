import Vapor
import Fluent
import Domain
import Views

/// A department's answer to an offer, read by the association's representatives (who settle it:
/// yes — a project starts, the association leading and the department a confirmed partner — or
/// not this time, with a reason the department is told) and by the answering department's staff.
package struct OfferAnswerController {
    package func register(_ routes: any RoutesBuilder) {
        routes.get(.offers(.answer(.key, .key)), .signedIn, use: show)
        routes.post(.offers(.answer(.key, .key)), .signedIn, use: decide)
    }

    /// The answer, for those who may read it; 404 for everyone else, so its existence is not told.
    private func answer(_ req: Request, _ offer: Offer, _ actor: ProjectActor) async throws -> OfferAnswer {
        guard let raw = req.parameters.get("answerID"), let answerID = UUID(uuidString: raw),
              let answer = try await OfferAnswer.query(on: req.db).filter(\.$id == answerID).filter(\.$offer.$id == offer.id!)
                .with(\.$department).first(),
              OfferRules.mayManage(offer.state, by: actor) || actor.speaks(for: .department(DepartmentID(answer.$department.id)))
        else { throw Abort(.notFound) }
        return answer
    }

    @Sendable package func show(_ req: Request) async throws -> Response {
        let offer = try await OffersController.find(req)
        let actor = try await ProjectEvents.actor(req)
        return try await render(req, offer, try await answer(req, offer, actor), actor, FormState())
    }

    private func render(_ req: Request, _ offer: Offer, _ answer: OfferAnswer, _ actor: ProjectActor, _ form: FormState,
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        let project = try await answer.$project.get(on: req.db)
        let page = OfferAnswerPage(
            offer: try await OffersController.summaries([offer], on: req.db)[0], answerID: answer.id!.uuidString.lowercased(),
            department: answer.department.name, message: answer.message, status: answer.status, reason: answer.reason,
            project: try await project.asyncMap { try await ProjectStore.summaries([$0], on: req.db)[0] },
            canDecide: OfferRules.mayManage(offer.state, by: actor), form: form)
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable package func decide(_ req: Request) async throws -> Response {
        let offer = try await OffersController.find(req)
        let actor = try await ProjectEvents.actor(req)
        let answer = try await answer(req, offer, actor)
        let answerID = answer.id!
        let author = req.currentUser?.displayName ?? ""
        let link = req.application.baseAddress
        let service = req.application.siteFacts.serviceName
        return try await req.answerForm(render: { form, status in
            try await render(req, offer, answer, actor, form, status: status)
        }, perform: { fields in
            let decision: CallDecision = fields["decision"] == "choose" ? .choose : .decline(reason: fields["reason"])
            let slug = try await req.change { change -> String? in
                guard try await OfferAnswer.lock(answerID, on: change.db),
                      let current = try await OfferAnswer.query(on: change.db).filter(\.$id == answerID).with(\.$department).with(\.$author).first(),
                      let offer = try await Offer.find(current.$offer.id, on: change.db) else { throw Abort(.notFound) }
                current.status = try OfferRules.decide(decision, on: current.status, of: offer.state, by: actor).get()
                current.decidedAt = change.now
                if case .decline(let reason) = decision { current.reason = reason.trimmingWhitespace() }
                let project = current.status == .chosen ? try await Self.startProject(from: offer, answer: current, author: author, change: change) : nil
                current.$project.id = project?.id
                try await current.update(on: change.db)
                let path = project.map { SiteURL.projects(.show(.value($0.slug))).path }
                    ?? SiteURL.offers(.answer(.value(offer.slug), .value(answerID.uuidString.lowercased()))).path
                let told = [(current.department.email, current.department.name, Language.sv)]
                    + (current.author.map { [($0.email, $0.displayName, Language(cookie: $0.language))] } ?? [])
                try await change.mail(batch: told.filter { !$0.0.isEmpty }.map { address, name, language in
                    let mail = MailText.compose(language, current.status == .chosen ? "offer.chosen" : "offer.declined", [
                        "name": name, "title": offer.title, "reason": current.reason, "link": link + path, "service": service])
                    return (address: address, name: Optional(name), subject: mail.subject, body: mail.body)
                })
                try await change.audit(current.status == .chosen ? "offer.answer.choose" : "offer.answer.decline", "offer_answer",
                                       answerID.uuidString, offer.title)
                return project?.slug
            }
            return slug.map { SiteURL.projects(.show(.value($0))).path(query: [("notice", "projectStarted")]) }
                ?? SiteURL.offers(.show(.value(offer.slug))).path(query: [("notice", "offerAnswerDeclined")])
        })
    }

    /// Yes to a department's answer: a project led by the association, the department a confirmed partner.
    package static func startProject(from offer: Offer, answer: OfferAnswer, author: String, change: Change) async throws -> Project {
        let draft = ProjectDraft(
            title: offer.title, summary: answer.message, easyRead: offer.easyRead, targetGroups: offer.groups, form: .dialogue,
            contactName: offer.contactName, contactEmail: offer.contactEmail, owner: .association(AssociationID(offer.$association.id)),
            status: .planned)
        return try await ProjectStore.start(draft, partner: .department(DepartmentID(answer.$department.id)), author: author,
                                            source: "offer", change: change)
    }
}
