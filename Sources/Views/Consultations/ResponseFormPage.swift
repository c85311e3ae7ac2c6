import Plot
import Domain
import Foundation

/// Writing an answer to a consultation: for oneself or for an association one represents.
/// Saved as a draft, submitted, and changed until the last day; answers are public records.
public struct ResponseFormPage: Sendable {
    public struct Choice: Sendable, Hashable {
        public var value: String
        public var label: String
        public var invited: Bool

        public init(value: String, label: String, invited: Bool = false) {
            self.value = value
            self.label = label
            self.invited = invited
        }
    }

    public var summary: ConsultationSummary
    public var questions: [String]
    public var choices: [Choice]
    public var chosen: String
    public var form: FormState
    /// When the shown text was last submitted, and how many times; nil for a draft or nothing yet.
    public var submitted: (at: Date, version: Int)?
    public var draftSavedAt: Date?
    /// The consultation does not take answers now (not yet open, or closed).
    public var closed: Bool

    public init(summary: ConsultationSummary, questions: [String], choices: [Choice], chosen: String, form: FormState,
                submitted: (at: Date, version: Int)?, draftSavedAt: Date?, closed: Bool) {
        self.summary = summary
        self.questions = questions
        self.choices = choices
        self.chosen = chosen
        self.form = form
        self.submitted = submitted
        self.draftSavedAt = draftSavedAt
        self.closed = closed
    }

    public static let mock = ResponseFormPage(
        summary: .mock, questions: ["Hur påverkas er verksamhet?", "Vad behöver ni?"],
        choices: [Choice(value: "person", label: "Mig själv"), Choice(value: "a1", label: "Bettorps skytteförening", invited: true)],
        chosen: "a1", form: FormState(values: ["answer1": "Skjutbanan ligger 300 meter bort."]),
        submitted: (Date(timeIntervalSince1970: 1_794_812_400), 2), draftSavedAt: nil, closed: false)

    var path: String { SiteURL.consultations(.respond(.value(summary.slug))).path }

    public func render(_ context: PageContext) -> String {
        let chosenChoice = choices.first { $0.value == chosen }
        return Layout.render(
            context, title: context.t("responses.title", ["title": summary.title]),
            .p(.class("breadcrumb"), .a(.href(SiteURL.consultations(.show(.value(summary.slug))).path), .safe("← " + summary.title))),
            .h1(.safe(context.t("responses.title", ["title": summary.title]))),
            .p(.strong(.safe(summary.when(context.words)))),
            .if(closed, .div(.class("error-summary"), .attribute(named: "role", value: "alert"),
                             .p(.safe(context.t(summary.status == .planned ? "responses.notYetOpen" : "responses.closed",
                                                ["opens": context.words.day(summary.dates.opens),
                                                 "closes": context.words.day(summary.dates.closes)]))))),
            .div(.class("notice notice--info"), .p(.safe(context.t("responses.publicRecord")))),
            .unwrap(chosenChoice) { .p(.safe(context.t("responses.answeringAs", ["name": $0.label]))) },
            .unwrap(submitted) { submitted in
                .p(.class("tag"), .safe(context.t("responses.submittedAt", [
                    "date": context.words.dateTime(submitted.at), "version": String(submitted.version),
                    "closes": context.words.day(summary.dates.closes)])))
            },
            .unwrap(draftSavedAt) { .p(.class("hint"), .safe(context.t("responses.draftSavedAt", ["date": context.words.dateTime($0)]))) },
            .if(!closed, Form.post(
                context, action: SiteURL.withQuery(path, [("som", chosen)]),
                Form.errorSummary(context, form),
                // Whom one answers for is chosen in the same form, so changing it never loses what was typed
                // ("switch" shows the chosen one's answer and keeps the text).
                .if(choices.count > 1, .group(
                    Form.radioGroup(context, FormState(values: ["som": chosen]), name: "som", legend: context.t("responses.answerAs"),
                                    hint: context.t("responses.answerAsHint"),
                                    options: choices.map { Form.Option($0.value, $0.label + ($0.invited ? " (" + context.t("responses.invited") + ")" : "")) }),
                    .button(.type(.submit), .class("button button--secondary"), .name("intent"), .value("switch"),
                            .safe(context.t("responses.switch")))
                ), else: .input(.type(.hidden), .name("som"), .attr("value", chosen))),
                .forEach(questions.enumerated()) { index, question in
                    Form.field(context, form, name: ResponseDraft.answerField(index), label: question, kind: .textarea)
                },
                Form.field(context, form, name: "comment", label: context.t(questions.isEmpty ? "responses.answer" : "responses.comment"),
                           kind: .textarea),
                .div(.class("button-row"),
                     .button(.type(.submit), .class("button"), .name("intent"), .value("submit"),
                             .safe(context.t(submitted == nil ? "responses.submit" : "responses.resubmit"))),
                     .button(.type(.submit), .class("button button--secondary"), .name("intent"), .value("draft"),
                             .safe(context.t("responses.saveDraft"))))
            ))
        )
    }
}
