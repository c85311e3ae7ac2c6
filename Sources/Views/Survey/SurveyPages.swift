import Plot
import Domain

/// `/enkat/{year}`: what the survey asks and how its answers are shown, and for those who answer
/// for an association or a department that has not yet, the form.
public struct SurveyPage: Sendable {
    public var year: Int
    /// Nil when the coordinator has not set up this year's survey.
    public var questions: [String]?
    public var opens: CalendarDay?
    public var closes: CalendarDay?
    public var isOpen: Bool
    /// Whom the viewer may still answer for (value, name); empty: nobody.
    public var respondents: [Form.Option]
    /// Whom the viewer has answered for already.
    public var answered: [String]
    public var answers: [SurveyGroup: Int]
    public var form: FormState
    public var canManage: Bool
    public var canReadByDepartment: Bool

    public init(year: Int, questions: [String]?, opens: CalendarDay?, closes: CalendarDay?, isOpen: Bool, respondents: [Form.Option],
                answered: [String], answers: [SurveyGroup: Int], form: FormState, canManage: Bool, canReadByDepartment: Bool = false) {
        (self.year, self.questions, self.opens, self.closes, self.isOpen) = (year, questions, opens, closes, isOpen)
        (self.respondents, self.answered, self.answers, self.form, self.canManage) = (respondents, answered, answers, form, canManage)
        self.canReadByDepartment = canReadByDepartment
    }

    public static let mock = SurveyPage(
        year: 2026, questions: ["Kommunen bjuder in oss i tid.", "Vi får svar på våra frågor."], opens: CalendarDay(2026, 10, 1),
        closes: CalendarDay(2026, 12, 15), isOpen: true, respondents: [Form.Option("a:x", "Vivalla IF")], answered: ["Kulturföreningen Gnistan"],
        answers: [.associations: 12, .departments: 4], form: FormState(), canManage: true,
        canReadByDepartment: true)

    public func render(_ context: PageContext) -> String {
        let title = context.t("survey.title", ["year": String(year)])
        return Layout.render(
            context, title: title,
            .h1(.safe(title)),
            .p(.class("lead"), .safe(context.t("survey.lead"))),
            .if(canManage, .p(.a(.class("button button--secondary"), .href(SiteURL.survey(.setup(.value(String(year)))).path),
                                 .safe(context.t("survey.setup"))))),
            .unwrap(questions, { questions in
                .group(
                    .p(.safe(context.t("survey.period", ["opens": opens.map(context.words.day) ?? "", "closes": closes.map(context.words.day) ?? ""]))),
                    .p(.safe(context.t("survey.answersSoFar", ["associations": context.words.number(answers[.associations] ?? 0),
                                                                "departments": context.words.number(answers[.departments] ?? 0)]))),
                    .if(!answered.isEmpty, .p(.class("notice"), .safe(context.t("survey.answeredFor", ["names": answered.joined(separator: ", ")])))),
                    isOpen && !respondents.isEmpty ? form(context, questions) : .group(
                        .h2(.safe(context.t("survey.questions"))),
                        .ol(.forEach(questions) { .li(.safe($0)) })),
                    .if(!isOpen, .p(.safe(context.t("survey.closed")))),
                    .if(isOpen && respondents.isEmpty && answered.isEmpty, .p(.safe(context.t("survey.whoAnswers"))))
                )
            }, else: .p(.class("empty"), .safe(context.t("survey.none", ["year": String(year)])))),
            .p(.a(.href(SiteURL.followUp(.year(.value(String(year)))).path + "#survey"), .safe(context.t("survey.results", ["year": String(year)])))),
            .if(canReadByDepartment && questions != nil, .p(.a(.href(SiteURL.survey(.byDepartment(.value(String(year)))).path),
                                                              .safe(context.t("survey.byDepartmentLink")))))
        )
    }

    private func form(_ context: PageContext, _ questions: [String]) -> Node<HTML.BodyContext> {
        let scale = (1...5).map { Form.Option(String($0), context.t("survey.score.\($0)")) }
        return Form.post(
            context, action: SiteURL.survey(.year(.value(String(year)))).path,
            Form.errorSummary(context, form),
            Form.select(context, form, name: "respondent", label: context.t("survey.respondent"), options: respondents),
            .group(questions.enumerated().map { index, question in
                Form.radioGroup(context, form, name: "q\(index + 1)", legend: question, options: scale)
            }),
            Form.field(context, form, name: "comment", label: context.t("survey.comment"), hint: context.t("survey.commentHint"), kind: .textarea),
            Form.submit(context.t("survey.send"))
        )
    }
}

/// The coordinator sets up a year's survey: the questions, one a line, and when it is open.
/// Once anyone has answered, the questions stay as they are.
public struct SurveySetupPage: Sendable {
    public var year: Int
    public var form: FormState
    public var locked: Bool

    public init(year: Int, form: FormState, locked: Bool) {
        (self.year, self.form, self.locked) = (year, form, locked)
    }

    public static let mock = SurveySetupPage(year: 2026, form: FormState(), locked: false)

    public func render(_ context: PageContext) -> String {
        let title = context.t("survey.setupTitle", ["year": String(year)])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.survey(.year(.value(String(year)))).path), .safe("← " + context.t("survey.title", ["year": String(year)])))),
            .h1(.safe(title)),
            locked ? .p(.class("notice"), .safe(context.t("survey.locked"))) : Form.post(
                context, action: SiteURL.survey(.setup(.value(String(year)))).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "questions", label: context.t("survey.field.questions"), hint: context.t("survey.questionsHint"),
                           kind: .textarea, required: true),
                Form.field(context, form, name: "opens", label: context.t("survey.field.opens"), kind: .date, required: true),
                Form.field(context, form, name: "closes", label: context.t("survey.field.closes"), kind: .date, required: true),
                Form.submit(context.t("form.save"))
            )
        )
    }
}
