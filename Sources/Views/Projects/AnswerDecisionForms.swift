import Plot
import Domain
import Foundation

/// The two forms that settle an answer: "yes" (a project starts with the other side as a
/// confirmed partner) or "not this time" with a reason. A department settles an association's
/// answer to its call; an association settles a department's answer to its offer. `area` picks
/// the words (`calls.` or `offers.`): chooseTitle, chooseLead, choose, declineTitle.
enum AnswerDecisionForms {
    static func render(_ context: PageContext, area: String, action: String, form: FormState) -> Node<HTML.BodyContext> {
        .group(
            Form.post(
                context, action: action,
                .h2(.safe(context.t("\(area).chooseTitle"))),
                .p(.safe(context.t("\(area).chooseLead"))),
                .input(.type(.hidden), .name("decision"), .value("choose")),
                Form.submit(context.t("\(area).choose"))
            ),
            Form.post(
                context, action: action,
                .h2(.safe(context.t("\(area).declineTitle"))),
                Form.errorSummary(context, form),
                .input(.type(.hidden), .name("decision"), .value("decline")),
                Form.field(context, form, name: "reason", label: context.t("calls.reason"), hint: context.t("\(area).reasonHint"),
                           kind: .textarea, required: true),
                Form.submit(context.t("calls.decline"), class: "button button--secondary")
            )
        )
    }
}

/// One answer in a list: who answered, when, and where it stands — a call's answers (from
/// associations, read by the department) and an offer's (from departments, read by the association).
public struct AnswerLine: Sendable, Hashable {
    public var id: String
    public var from: String
    public var status: CallAnswerStatus
    public var submittedAt: Date

    public init(id: String, from: String, status: CallAnswerStatus, submittedAt: Date) {
        self.id = id
        self.from = from
        self.status = status
        self.submittedAt = submittedAt
    }

    func render(_ context: PageContext, link: String) -> Node<HTML.ListContext> {
        .li(.a(.href(link), .safe(from)), .safe(" · " + context.words.date(submittedAt) + " · "),
            .span(.class("tag"), .safe(context.t("calls.answerStatus.\(status.rawValue)"))))
    }
}
