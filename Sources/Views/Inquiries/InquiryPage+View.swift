import Plot
import Domain

extension InquiryPage {
    public func render(_ context: PageContext) -> String {
        let title = context.t("inquiries.show.title", ["reference": summary.reference])
        return Layout.render(
            context, title: title,
            .h1(.safe(title)),
            .unwrap(privateLink) { link in
                .div(.class("notice notice--receipt"),
                     .h2(.safe(context.t("inquiries.receipt.heading"))),
                     .p(.safe(context.t("inquiries.receipt.body", ["reference": summary.reference,
                                                                   "department": summary.department.departmentName,
                                                                   "date": context.words.day(summary.dueOn)]))),
                     .p(.safe(context.t("inquiries.receipt.keepLink"))),
                     .p(.class("private-link"), .a(.attr("href", link), .safe(link))))
            },
            summary.facts(context),
            summary.questionBlock(context),
            .h2(.safe(context.t("inquiries.history"))),
            InquiryTimelineEntry.list(context, timeline),
            .h2(.safe(context.t("inquiries.show.whoHolds"))),
            summary.department.render(context),
            .if(canAddInformation, Form.post(
                context, action: SiteURL.inquiries(.addInformation(key)).path,
                .h2(.safe(context.t("inquiries.addInformation.heading"))),
                Form.errorSummary(context, form),
                Form.field(context, form, name: "message", label: context.t("inquiries.addInformation.label"),
                           hint: context.t("inquiries.addInformation.hint"), kind: .textarea, required: true),
                Form.submit(context.t("inquiries.addInformation.submit"), class: "button button--secondary")
            )),
            .if(canReopen, Form.post(
                context, action: SiteURL.inquiries(.reopen(key)).path,
                .h2(.safe(context.t("inquiries.reopen.heading"))),
                .p(.safe(context.t("inquiries.reopen.body"))),
                Form.errorSummary(context, form),
                Form.field(context, form, name: "reason", label: context.t("inquiries.reopen.label"), kind: .textarea, required: true),
                Form.submit(context.t("inquiries.reopen.submit"), class: "button button--secondary")
            )),
            .if(canRate, rating(context)),
            .unwrap(summary.rating) { .p(.safe(context.t("inquiries.rated", ["rating": String($0)]))) }
        )
    }

    /// "Did you get the help you needed?" 1–5, as radio buttons that work without script.
    func rating(_ context: PageContext) -> Node<HTML.BodyContext> {
        Form.post(
            context, action: SiteURL.inquiries(.rate(key)).path,
            .h2(.safe(context.t("inquiries.rate.heading"))),
            Form.errorSummary(context, form),
            Form.radioGroup(context, form, name: "rating", legend: context.t("inquiries.rate.legend"),
                            options: (1...5).map { Form.Option(String($0), context.t("inquiries.rate.\($0)")) }),
            Form.field(context, form, name: "comment", label: context.t("inquiries.rate.comment"), kind: .textarea),
            Form.submit(context.t("inquiries.rate.submit"))
        )
    }
}
