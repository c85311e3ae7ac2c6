import Vapor
import Fluent
import Domain
import Views

/// Writing an answer: a draft, then submitted, changed until the last day, refused after it.
struct ResponseController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.consultations(.respond(.key)), .signedIn, use: form)
        routes.post(.consultations(.respond(.key)), .signedIn, use: send)
    }

    private struct Target {
        var consultation: Consultation
        var summary: ConsultationSummary
        var choices: [ResponseFormPage.Choice]
        var chosen: ResponseFormPage.Choice
        var respondent: Respondent
    }

    /// The consultation and whom the person answers for; 403 for an association they do not represent.
    private func target(_ req: Request, choice: String?) async throws -> Target {
        guard let slug = req.parameters.get("slug"),
              let consultation = try await Consultation.query(on: req.db).filter(\.$slug == slug).first(),
              consultation.announcedOn <= req.now
        else { throw Abort(.notFound) }
        let user = try req.requireUser()
        let choices = try await ResponseStore.choices(req, consultationID: consultation.id!)
        let value = choice ?? choices[0].value
        guard let respondent = Respondent(choice: value, userID: user.id!), Policy.mayRespond(req.actor, as: respondent),
              let chosen = choices.first(where: { $0.value == respondent.choice })
        else { throw Abort(.forbidden) }
        let summary = try await ConsultationStore.summaries([consultation], now: req.now, on: req.db)[0]
        return Target(consultation: consultation, summary: summary, choices: choices, chosen: chosen, respondent: respondent)
    }

    @Sendable func form(_ req: Request) async throws -> Response {
        let target = try await target(req, choice: req.query[String.self, at: "som"])
        let existing = try await ResponseStore.find(target.consultation.id!, target.respondent, on: req.db)
        return try await render(req, target, existing, text: existing?.working ?? ResponseDraft())
    }

    @Sendable func send(_ req: Request) async throws -> Response {
        let values = try req.content.decode([String: String].self)
        let target = try await target(req, choice: values["som"])
        let questions = Self.questions(target.consultation)
        let intent = ResponseDraft.Intent(rawValue: values["intent"] ?? "") ?? .submit
        let text = ResponseDraft(answers: questions.indices.map { values[ResponseDraft.answerField($0)] ?? "" }, comment: values["comment"] ?? "")
        let existing = try await ResponseStore.find(target.consultation.id!, target.respondent, on: req.db)
        guard target.consultation.dates.acceptsResponses(at: req.now) else {
            return try await render(req, target, existing, text: text, status: .conflict)
        }
        switch text.check(intent, questions: questions.count) {
        case .failure(let problems):
            return try await render(req, target, existing, text: text, errors: problems.errors, status: .unprocessableEntity)
        case .success(let checked):
            do {
                try await ResponseStore.save(req, consultation: target.consultation, respondent: target.respondent,
                                             name: target.chosen.label, text: checked, intent: intent,
                                             receipt: try receipt(req, target, checked, questions: questions))
            } catch is ResponseClosed {
                return try await render(req, target, existing, text: text, status: .conflict)
            }
            let notice = intent == .submit ? "responseSubmitted" : "responseDraftSaved"
            return req.seeOther(SiteURL.consultations(.respond(.value(target.consultation.slug))).path(query: [
                ("som", target.respondent.choice), ("notice", notice)]))
        }
    }

    /// A copy of what was sent, for the person's own records.
    private func receipt(_ req: Request, _ target: Target, _ text: ResponseDraft, questions: [String]) throws -> MailText {
        let user = try req.requireUser()
        return ConsultationMails.receipt(
            Language(cookie: user.language), name: user.displayName, respondent: target.chosen.label, summary: target.summary,
            questions: questions, text: text,
            link: req.application.settings.baseURL.absoluteString + SiteURL.consultations(.respond(.value(target.consultation.slug))).path,
            service: req.application.siteFacts.serviceName)
    }

    static func questions(_ consultation: Consultation) -> [String] {
        consultation.questions.split(whereSeparator: \.isNewline).map(String.init)
    }

    private func render(_ req: Request, _ target: Target, _ existing: ConsultationResponse?, text: ResponseDraft,
                        errors: [FieldError] = [], status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = ResponseFormPage(
            summary: target.summary, questions: Self.questions(target.consultation), choices: target.choices, chosen: target.chosen.value,
            form: FormState(values: text.formValues, errors: errors),
            submitted: existing.flatMap { row in row.submittedAt.map { ($0, row.version) } }, draftSavedAt: existing?.draftSavedAt,
            closed: !target.consultation.dates.acceptsResponses(at: req.now))
        return req.html(page.render(try await req.page()), status: status)
    }
}
