import Vapor
import Fluent
import Domain
import Views

/// The yearly survey: anyone reads what it asks; representatives of verified associations and
/// departments' contact people answer, once each, while it is open; the coordinator sets the
/// questions until the first answer. Results are the follow-up's (`FollowUpFigures.survey`).
struct SurveyController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.survey(.latest), .everyone, use: latest)
        routes.get(.survey(.year(.key)), .everyone, use: show)
        routes.post(.survey(.year(.key)), .signedIn, use: answer)
        routes.get(.survey(.byDepartment(.key)), .permission(.readSurveyByDepartment), use: byDepartment)
        routes.get(.survey(.setup(.key)), .signedIn, use: setupForm)
        routes.post(.survey(.setup(.key)), .signedIn, use: setup)
    }

    private func year(_ req: Request) throws -> Int {
        let today = CalendarDay(req.now)
        guard let year = req.parameters.get("year").flatMap({ FollowUpYear.read($0, today: today) }) else {
            throw Abort(.notFound)
        }
        return year
    }

    /// Whom the viewer may answer for: their verified associations, and their department if they
    /// are its contact person — as (respondent, name).
    private func respondents(_ req: Request) async throws -> [(SurveyRespondent, String)] {
        guard req.actor.isSignedIn else { return [] }
        var found = try await AssociationStore.represented(req).filter { $0.status == .verified }
            .map { (SurveyRespondent.association($0.typedID), $0.name) }
        if let department = req.actor.departmentID, SurveyRules.mayAnswer(req.actor, as: .department(department)),
           let row = try await Department.find(department.uuid, on: req.db) {
            found.append((.department(department), row.name))
        }
        return found
    }

    private func page(_ req: Request, year: Int, form: FormState = FormState(), status: HTTPResponseStatus = .ok) async throws -> Response {
        let survey = try await Survey.query(on: req.db).filter(\.$year == year).first()
        let mine = try await respondents(req)
        let keys = mine.map(\.0.key)
        let done = survey == nil || keys.isEmpty ? Set<String>() : Set(try await SurveyAnswer.query(on: req.db).filter(\.$survey.$id == survey!.id!)
            .filter(\.$respondentKey ~~ keys).all().map(\.respondentKey))
        var answers: [SurveyGroup: Int] = [:]
        if let survey {
            for group in SurveyGroup.allCases {
                answers[group] = try await SurveyAnswer.query(on: req.db).filter(\.$survey.$id == survey.id!).filter(\.$group == group).count()
            }
        }
        let today = CalendarDay(req.now)
        let model = SurveyPage(
            year: year, questions: survey?.questionList, opens: survey?.opensOn, closes: survey?.closesOn,
            isOpen: survey.map { SurveyRules.isOpen(opens: $0.opensOn, closes: $0.closesOn, today: today) } ?? false,
            respondents: mine.filter { !done.contains($0.0.key) }.map { Form.Option($0.0.key, $0.1) },
            answered: mine.filter { done.contains($0.0.key) }.map(\.1), answers: answers, form: form, canManage: SurveyRules.mayManage(req.actor),
            canReadByDepartment: Policy.allows(req.actor, .readSurveyByDepartment))
        return req.html(model.render(try await req.page(forms: !mine.isEmpty)), status: status)
    }

    @Sendable func latest(_ req: Request) async throws -> Response {
        req.seeOther(SiteURL.survey(.year(.value(String(CalendarDay(req.now).year)))).path)
    }

    @Sendable func show(_ req: Request) async throws -> Response { try await page(req, year: try year(req)) }

    /// One answer: one change with its audit row, decided on the survey and any earlier answer as
    /// read inside it; the unique key holds one answer each even when two submits race.
    @Sendable func answer(_ req: Request) async throws -> Response {
        let year = try year(req)
        guard let survey = try await Survey.query(on: req.db).filter(\.$year == year).first() else { throw Abort(.notFound) }
        let surveyID = survey.id!, questions = survey.questionList.count, today = CalendarDay(req.now)
        let allowed = try await respondents(req).map(\.0)
        return try await req.answerForm(render: { form, status in try await page(req, year: year, form: form, status: status) }, perform: { fields in
            var checks = FieldChecks()
            let respondent = SurveyRespondent(choice: fields["respondent"]).flatMap { allowed.contains($0) ? $0 : nil }
            if respondent == nil { checks.add("respondent", "error.choose") }
            let draft = SurveyAnswerDraft.read(fields, questions: questions)
            if case .failure(let errors) = draft { errors.errors.forEach { checks.add($0.field, $0.messageKey, $0.values) } }
            guard let respondent, case .success(let answer) = draft, checks.isValid else { throw FieldErrors(errors: checks.errors) }
            try await req.change { change in
                guard try await Survey.lock(surveyID, on: change.db), let current = try await Survey.find(surveyID, on: change.db) else { throw Abort(.notFound) }
                let earlier = try await SurveyAnswer.query(on: change.db).filter(\.$survey.$id == surveyID).filter(\.$respondentKey == respondent.key).count()
                // Whom this person speaks for, as read in this change: only verified associations.
                var actor = change.actor
                if case .association(let id) = respondent, let user = actor.userID {
                    let represents = try await Representative.query(on: change.db).filter(\.$user.$id == user.uuid)
                        .filter(\.$association.$id == id.uuid).join(parent: \.$association).filter(Association.self, \.$status == .verified).count()
                    actor.associationIDs = represents > 0 ? [id] : []
                }
                try SurveyRules.answer(by: actor, as: respondent, opens: current.opensOn, closes: current.closesOn, today: today,
                                       alreadyAnswered: earlier > 0).get()
                // The questions may have changed since the page was loaded (only before the first answer).
                guard current.questionList.count == answer.scores.count else { throw ProjectRefusal.notNow("error.survey.changed") }
                let row = SurveyAnswer(surveyID: surveyID, respondent: respondent, answer)
                try await row.create(on: change.db)
                // Which survey and group, never the scores: the log says who acted, as for every change, not what they answered.
                try await change.audit("survey.answer", "survey", surveyID.uuidString, "\(respondent.group.rawValue), \(questions) questions")
            }
            return SiteURL.survey(.year(.value(String(year)))).path(query: [("notice", "surveyAnswered")])
        })
    }

    /// Each department's own answer; the free text for the coordinator only, without names.
    @Sendable func byDepartment(_ req: Request) async throws -> Response {
        let year = try year(req)
        guard let survey = try await Survey.query(on: req.db).filter(\.$year == year).first() else { throw Abort(.notFound) }
        let answers = try await SurveyAnswer.query(on: req.db).filter(\.$survey.$id == survey.id!).limit(100_000).all()
        let names = Dictionary(uniqueKeysWithValues: try await Department.query(on: req.db).all().map { ($0.id!, $0.name) })
        let rows = answers.filter { $0.group == .departments }.compactMap { answer in
            answer.departmentID.flatMap { names[$0] }.map { (department: $0, scores: answer.scoreList) }
        }.sorted { $0.department < $1.department }
        let comments = req.actor.role == .admin ? answers.map(\.comment).filter { !$0.isEmpty }.sorted() : nil
        let page = SurveyByDepartmentPage(year: year, questions: survey.questionList, rows: rows, comments: comments)
        return req.html(page.render(try await req.page()))
    }

    private func renderSetup(_ req: Request, year: Int, form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        guard SurveyRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let survey = try await Survey.query(on: req.db).filter(\.$year == year).first()
        let answers = try await survey.asyncMap { try await SurveyAnswer.query(on: req.db).filter(\.$survey.$id == $0.id!).count() } ?? 0
        let page = SurveySetupPage(year: year, form: form, locked: !SurveyRules.mayChangeQuestions(answers: answers))
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }

    @Sendable func setupForm(_ req: Request) async throws -> Response {
        guard SurveyRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let year = try year(req)
        let survey = try await Survey.query(on: req.db).filter(\.$year == year).first()
        return try await renderSetup(req, year: year, form: FormState(values: [
            "questions": survey?.questions ?? "", "opens": survey?.opens ?? CalendarDay(year, 10, 1).description,
            "closes": survey?.closes ?? CalendarDay(year, 12, 15).description,
        ]))
    }

    @Sendable func setup(_ req: Request) async throws -> Response {
        guard SurveyRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let year = try year(req)
        return try await req.answerForm(render: { form, status in try await renderSetup(req, year: year, form: form, status: status) }, perform: { fields in
            let draft = try SurveyDraft.read(fields, year: year).get()
            try await req.change { change in
                guard SurveyRules.mayManage(change.actor) else { throw ProjectRefusal.forbidden }
                let survey = try await Survey.query(on: change.db).filter(\.$year == year).first() ?? { let new = Survey(); new.year = year; return new }()
                if let id = survey.id {
                    guard try await Survey.lock(id, on: change.db) else { throw Abort(.notFound) }
                    let answers = try await SurveyAnswer.query(on: change.db).filter(\.$survey.$id == id).count()
                    guard SurveyRules.mayChangeQuestions(answers: answers) else { throw ProjectRefusal.notNow("survey.locked") }
                }
                survey.apply(draft)
                try await survey.save(on: change.db)
                try await change.audit("survey.setup", "survey", survey.id!.uuidString, "\(year): \(draft.questions.count) questions")
            }
            return SiteURL.survey(.year(.value(String(year)))).path(query: [("notice", "surveySaved")])
        })
    }
}
