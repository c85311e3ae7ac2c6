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
        guard let respondent = Respondent(choice: value, userID: user.typedID), Policy.mayRespond(req.actor, as: respondent),
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
        let target = try await target(req, choice: req.formFields["som"])
        let questions = Self.questions(target.consultation)
        if req.formFields["intent"] == "switch" {
            // Answering for someone else now: what was typed comes along (nothing is saved); only
            // when nothing was typed is the chosen one's own saved text shown.
            let typed = ResponseDraft(answers: questions.indices.map { req.formFields[ResponseDraft.answerField($0)] },
                                      comment: req.formFields["comment"])
            let existing = try await ResponseStore.find(target.consultation.id!, target.respondent, on: req.db)
            let blank = (typed.answers + [typed.comment]).allSatisfy { $0.trimmingWhitespace().isEmpty }
            return try await render(req, target, existing, text: blank ? existing?.working ?? ResponseDraft() : typed)
        }
        let user = try req.requireUser()
        let link = req.application.baseAddress + SiteURL.consultations(.respond(.value(target.consultation.slug))).path
        let service = req.application.siteFacts.serviceName
        return try await req.answerForm(render: { form, status in
            let text = ResponseDraft(answers: questions.indices.map { form[ResponseDraft.answerField($0)] }, comment: form["comment"])
            let existing = try await ResponseStore.find(target.consultation.id!, target.respondent, on: req.db)
            return try await render(req, target, existing, text: text, errors: form.errors, status: status)
        }, perform: { fields in
            let intent = ResponseDraft.Intent(rawValue: fields["intent"]) ?? .submit
            let text = ResponseDraft(answers: questions.indices.map { fields[ResponseDraft.answerField($0)] }, comment: fields["comment"])
            try await ResponseStore.save(req, intent, text, questions: questions.count, to: target.consultation.id!, as: target.respondent,
                                         name: target.chosen.label) { checked in
                // A copy of what was sent, for the person's own records.
                ConsultationMails.receipt(Language(cookie: user.language), name: user.displayName, respondent: target.chosen.label,
                                          summary: target.summary, questions: questions, text: checked, link: link, service: service)
            }
            let notice = intent == .submit ? "responseSubmitted" : "responseDraftSaved"
            return SiteURL.consultations(.respond(.value(target.consultation.slug))).path(query: [
                ("som", target.respondent.choice), ("notice", notice)])
        })
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
