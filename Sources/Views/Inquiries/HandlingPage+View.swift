import Plot
import Domain

extension HandlingPage {
    public func render(_ context: PageContext) -> String {
        let title = context.t("inquiries.show.title", ["reference": summary.reference])
        let handle = access == .handle
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.staff(.inbox).path), .safe("← " + context.t("inquiries.inbox.title")))),
            .h1(.safe(title)),
            .if(access == .readOnly, .div(.class("notice"), .p(.safe(context.t("inquiries.handle.readOnly",
                                                                             ["department": summary.department.departmentName]))))),
            summary.facts(context),
            .p(.safe(context.t("inquiries.assignee") + ": " + (assignee ?? context.t("inquiries.unassigned")))),
            summary.questionBlock(context),
            .h2(.safe(context.t("inquiries.handle.contact"))),
            .dl(
                .class("summary-list"),
                .dt(.safe(context.t("inquiries.field.name"))), .dd(.safe(contact.name)),
                .dt(.safe(context.t("inquiries.field.channel"))), .dd(.safe(context.t("inquiries.channel.\(contact.channel.rawValue)"))),
                .if(!contact.email.isEmpty, .group(.dt(.safe(context.t("inquiries.field.email"))),
                                                   .dd(.a(.attr("href", "mailto:\(contact.email)"), .safe(contact.email))))),
                .if(!contact.phone.isEmpty, .group(.dt(.safe(context.t("inquiries.field.phone"))), .dd(.safe(contact.phone)))),
                .if(!contact.address.isEmpty, .group(.dt(.safe(context.t("inquiries.field.address"))),
                                                     .dd(.div(.class("user-text"), .safe(contact.address)))))
            ),
            .h2(.safe(context.t("inquiries.history"))),
            InquiryTimelineEntry.list(context, timeline),
            .if(handle, actions(context))
        )
    }

    func actions(_ context: PageContext) -> Node<HTML.BodyContext> {
        let reference = Parameter.value(summary.reference)
        func form(_ action: InquiryAction, _ content: Node<HTML.FormContext>...) -> Node<HTML.BodyContext> {
            Form.post(context, action: SiteURL.staff(.inquiryAction(reference, action)).path, class: "action-form",
                      .h3(.safe(context.t("inquiries.action.\(action.rawValue)"))),
                      Form.errorSummary(context, state(action)), .group(content))
        }
        let outcomes = InquiryOutcome.allCases.map { Form.Option($0.rawValue, context.t("inquiries.outcome.\($0.rawValue)")) }
        return .section(
            .class("inquiry-actions"), .attr("aria-labelledby", "actions-heading"),
            .h2(.id("actions-heading"), .safe(context.t("inquiries.handle.actions"))),
            .if(offered.contains(.claim),
                form(.claim, Form.submit(context.t("inquiries.action.claimButton"), class: "button button--secondary"))),
            .if(offered.contains(.assign) && !colleagues.isEmpty, form(
                .assign,
                Form.select(context, state(.assign), name: "assignee", label: context.t("inquiries.assignee"), options: colleagues),
                Form.submit(context.t("inquiries.action.assignButton"), class: "button button--secondary"))),
            .if(offered.contains(.reply), form(
                .reply,
                Form.field(context, state(.reply), name: "reply", label: context.t("inquiries.handle.replyLabel"),
                           hint: context.t("inquiries.handle.replyHint"), kind: .textarea, required: true),
                Form.submit(context.t("inquiries.action.replyButton")))),
            .if(offered.contains(.note), form(
                .note,
                Form.field(context, state(.note), name: "note", label: context.t("inquiries.handle.noteLabel"),
                           hint: context.t("inquiries.handle.noteHint"), kind: .textarea, required: true),
                Form.submit(context.t("inquiries.action.noteButton"), class: "button button--secondary"))),
            .if(offered.contains(.transfer) && !departments.isEmpty, form(
                .transfer,
                Form.select(context, state(.transfer), name: "department", label: context.t("inquiries.handle.transferTo"),
                            options: departments, includeEmpty: context.t("form.chooseOne")),
                Form.field(context, state(.transfer), name: "reason", label: context.t("inquiries.handle.transferReason"),
                           hint: context.t("inquiries.handle.transferHint"), kind: .textarea, required: true),
                Form.submit(context.t("inquiries.action.transferButton"), class: "button button--secondary"))),
            .if(offered.contains(.close), form(
                .close,
                Form.select(context, state(.close), name: "outcome", label: context.t("inquiries.handle.outcome"), options: outcomes,
                            includeEmpty: context.t("form.chooseOne")),
                Form.field(context, state(.close), name: "closeMessage", label: context.t("inquiries.handle.closeMessage"),
                           hint: context.t("inquiries.handle.closeHint"), kind: .textarea),
                Form.submit(context.t("inquiries.action.closeButton"), class: "button button--secondary")))
        )
    }
}
