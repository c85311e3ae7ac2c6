import Vapor
import Fluent
import Domain
import Views

/// A verified association answers a call; the department reads each answer and chooses it —
/// starting a project with the association as a confirmed partner, in the same change — or
/// says "not this time" with a reason, which the association is told.
package struct CallAnswerController {
    package func register(_ routes: any RoutesBuilder) {
        routes.get(.calls(.respond(.key)), .signedIn, use: respondForm)
        routes.post(.calls(.respond(.key)), .signedIn, use: respond)
        routes.get(.calls(.answer(.key, .key)), .permission(.publishSupport), use: show)
        routes.post(.calls(.answer(.key, .key)), .permission(.publishSupport), use: decide)
    }

    /// The verified associations this person speaks for that have not answered the call yet.
    private func choices(_ req: Request, _ call: Call) async throws -> [Association] {
        let actor = try await ProjectEvents.actor(req)
        let ids = actor.verifiedAssociations.map(\.uuid)
        guard !ids.isEmpty else { return [] }
        let answered = Set(try await CallAnswer.query(on: req.db).filter(\.$call.$id == call.id!).filter(\.$association.$id ~~ ids).all()
            .map { $0.$association.id })
        return try await Association.query(on: req.db).filter(\.$id ~~ ids).sort(\.$sortKey).all().filter { !answered.contains($0.id!) }
    }

    @Sendable package func respondForm(_ req: Request) async throws -> Response {
        let call = try await CallStore.find(slug: req.parameters.get("slug"), on: req.db)
        return try await renderRespond(req, call, FormState())
    }

    private func renderRespond(_ req: Request, _ call: Call, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = CallRespondPage(call: try await CallStore.summaries([call], today: CalendarDay(req.now), on: req.db)[0],
                                   associations: try await choices(req, call).map { Form.Option($0.typedID, $0.name) }, form: form)
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable package func respond(_ req: Request) async throws -> Response {
        let call = try await CallStore.find(slug: req.parameters.get("slug"), on: req.db)
        let id = call.id!
        let actor = try await ProjectEvents.actor(req)
        let user = try req.requireUser()
        return try await req.answerForm(render: { form, status in
            try await renderRespond(req, call, form, status: status)
        }, perform: { fields in
            guard let association = AssociationID(fields["association"]) else {
                throw ProjectRefusal.invalid([FieldError("association", "error.choose")])
            }
            try await req.change { change in
                guard try await Call.lock(id, on: change.db), let current = try await Call.find(id, on: change.db) else { throw Abort(.notFound) }
                let before = try await CallAnswer.query(on: change.db).filter(\.$call.$id == id).filter(\.$association.$id == association.uuid).count()
                let draft = try CallRules.answer(fields, on: current.state, as: association, answeredBefore: before > 0, by: actor,
                                                 today: CalendarDay(change.now)).get()
                let answer = CallAnswer(callID: id, associationID: association.uuid, authorID: user.id, draft: draft, at: change.now)
                try await answer.create(on: change.db)
                try await change.audit("call.answer", "call_answer", answer.id!.uuidString, current.title)
            }
            return SiteURL.calls(.show(.value(call.slug))).path(query: [("notice", "callAnswered")])
        })
    }

    private func answer(_ req: Request, _ call: Call) async throws -> CallAnswer {
        guard let raw = req.parameters.get("answerID"), let answerID = UUID(uuidString: raw),
              let answer = try await CallAnswer.query(on: req.db).filter(\.$id == answerID).filter(\.$call.$id == call.id!)
                .with(\.$association).first() else { throw Abort(.notFound) }
        return answer
    }

    @Sendable package func show(_ req: Request) async throws -> Response {
        let call = try await CallEditorController.managed(req)
        return try await render(req, call, try await answer(req, call), FormState())
    }

    private func render(_ req: Request, _ call: Call, _ answer: CallAnswer, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let project = try await answer.$project.get(on: req.db)
        let page = CallAnswerPage(
            call: try await CallStore.summaries([call], today: CalendarDay(req.now), on: req.db)[0], answerID: answer.id!.uuidString.lowercased(),
            association: answer.association.name, associationSlug: answer.association.slug, what: answer.what, who: answer.who,
            when: answer.when, status: answer.status, reason: answer.reason,
            project: try await project.asyncMap { try await ProjectStore.summaries([$0], on: req.db)[0] }, form: form)
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable package func decide(_ req: Request) async throws -> Response {
        let call = try await CallEditorController.managed(req)
        let answer = try await answer(req, call)
        let answerID = answer.id!
        let actor = try await ProjectEvents.actor(req)
        let author = req.currentUser?.displayName ?? ""
        let link = req.application.baseAddress
        let service = req.application.siteFacts.serviceName
        return try await req.answerForm(render: { form, status in
            try await render(req, call, answer, form, status: status)
        }, perform: { fields in
            let decision: CallDecision = fields["decision"] == "choose" ? .choose : .decline(reason: fields["reason"])
            let slug = try await req.change { change -> String? in
                guard try await CallAnswer.lock(answerID, on: change.db), let current = try await CallAnswer.find(answerID, on: change.db),
                      let call = try await Call.find(current.$call.id, on: change.db) else { throw Abort(.notFound) }
                current.status = try CallRules.decide(decision, on: current.status, of: call.state, by: actor).get()
                current.decidedAt = change.now
                var project: Project?
                if case .decline(let reason) = decision { current.reason = reason.trimmingWhitespace() }
                if current.status == .chosen { project = try await Self.startProject(from: call, answer: current, author: author, change: change) }
                current.$project.id = project?.id
                try await current.update(on: change.db)
                try await Self.tell(current, call: call, project: project, link: link, service: service, change: change)
                try await change.audit(current.status == .chosen ? "call.answer.choose" : "call.answer.decline", "call_answer", answerID.uuidString,
                                       call.title)
                return project?.slug
            }
            return slug.map { SiteURL.projects(.show(.value($0))).path(query: [("notice", "projectStarted")]) }
                ?? SiteURL.calls(.show(.value(call.slug))).path(query: [("notice", "answerDeclined")])
        })
    }

    /// The project a chosen answer becomes: the department leads, the association is a confirmed partner.
    package static func startProject(from call: Call, answer: CallAnswer, author: String, change: Change) async throws -> Project {
        let tags = try await CallStore.tags([call.id!], on: change.db)
        let draft = ProjectDraft(
            title: call.title, summary: answer.what, easyRead: call.easyRead,
            districtIDs: tags.filter { $0.kind == .district }.compactMap { DistrictID($0.value) },
            targetGroups: tags.filter { $0.kind == .targetGroup }.compactMap { TargetGroup(rawValue: $0.value) }, form: call.ladder,
            contactName: call.contactName, contactEmail: call.contactEmail, owner: .department(DepartmentID(call.$department.id)), status: .planned)
        return try await ProjectStore.start(draft, partner: .association(AssociationID(answer.$association.id)), commitment: answer.who,
                                            callID: call.id, author: author, source: "call", change: change)
    }

    /// The association's representatives hear the department's word (N6).
    static func tell(_ answer: CallAnswer, call: Call, project: Project?, link: String, service: String, change: Change) async throws {
        let people = try await Representative.query(on: change.db).filter(\.$association.$id == answer.$association.id).with(\.$user).all()
        let path = project.map { SiteURL.projects(.show(.value($0.slug))).path } ?? SiteURL.calls(.show(.value(call.slug))).path
        try await change.mail(batch: people.map { person in
            let mail = MailText.compose(Language(cookie: person.user.language), answer.status == .chosen ? "call.chosen" : "call.declined", [
                "name": person.user.displayName, "title": call.title, "reason": answer.reason, "link": link + path, "service": service])
            return (address: person.user.email, name: Optional(person.user.displayName), subject: mail.subject, body: mail.body)
        })
    }
}
