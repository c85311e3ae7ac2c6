import Plot
import Domain

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
