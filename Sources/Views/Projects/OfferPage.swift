import Plot
import Domain
import Foundation

/// One offer: what the association offers, for whom, at what cost, who to contact. Staff answer
/// it for their department; the association's representatives see the answers and withdraw it.
public struct OfferPage: Sendable {
    public typealias Answer = AnswerLine

    public var summary: OfferSummary
    public var associationSlug: String
    public var text: String
    public var targetGroups: [TargetGroup]
    public var contactName: String
    public var contactEmail: String
    /// The departments this person may answer for that have not answered yet; empty hides the form.
    public var departments: [Form.Option]
    /// The answers, for the association's representatives and the answering departments' staff.
    public var answers: [Answer]
    public var canWithdraw: Bool
    public var form: FormState

    public init(summary: OfferSummary, associationSlug: String, text: String, targetGroups: [TargetGroup], contactName: String, contactEmail: String,
                departments: [Form.Option], answers: [Answer], canWithdraw: Bool, form: FormState = FormState()) {
        self.summary = summary
        self.associationSlug = associationSlug
        self.text = text
        self.targetGroups = targetGroups
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.departments = departments
        self.answers = answers
        self.canWithdraw = canWithdraw
        self.form = form
    }

    public static let mock = OfferPage(
        summary: .mock, associationSlug: "dyslexi", text: "En timme om hur elever med dyslexi lär sig, och vad skolan kan göra.",
        targetGroups: [.children], contactName: "Karin (exempel)", contactEmail: "karin@example.org",
        departments: [Form.Option("d1", "Grundskoleförvaltningen")],
        answers: [Answer(id: "x", from: "Grundskoleförvaltningen", status: .submitted, submittedAt: Date(timeIntervalSince1970: 1_794_000_000))],
        canWithdraw: true)

    public func render(_ context: PageContext) -> String {
        let slug = summary.slug
        return Layout.render(
            context, title: summary.title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.offers(.list).path), .safe("← " + context.t("offers.title")))),
            .h1(.safe(summary.title)),
            .p(.a(.href(SiteURL.associations(.show(.value(associationSlug))).path), .safe(context.t("offers.from", ["name": summary.association])))),
            .if(!summary.isOpen, .p(.class("notice"), .safe(context.t("offers.withdrawnLead")))),
            .p(.class("lead"), .safe(summary.easyRead)),
            .p(.safe(text)),
            .dl(
                .if(!summary.competences.isEmpty, .group(.dt(.safe(context.t("offers.field.competences"))), .dd(.safe(summary.competences.joined(separator: ", "))))),
                .if(!targetGroups.isEmpty, .group(.dt(.safe(context.t("projects.field.targetGroups"))),
                                                  .dd(.safe(targetGroups.map { context.t("targetGroup.\($0.rawValue)") }.joined(separator: ", "))))),
                .if(!summary.cost.isEmpty, .group(.dt(.safe(context.t("offers.field.cost"))), .dd(.safe(summary.cost)))),
                .dt(.safe(context.t("projects.field.contactName"))),
                .dd(.safe(contactName), .if(!contactEmail.isEmpty, .group(.safe(", "), .a(.href("mailto:" + contactEmail), .safe(contactEmail)))))
            ),
            .if(!answers.isEmpty, .group(
                .h2(.safe(context.t("offers.answers"))),
                .ul(.forEach(answers) { $0.render(context, link: SiteURL.offers(.answer(.value(slug), .value($0.id))).path) })
            )),
            .if(summary.isOpen && !departments.isEmpty, Form.post(
                context, action: SiteURL.offers(.respond(.value(slug))).path,
                .h2(.safe(context.t("offers.respondTitle"))),
                Form.errorSummary(context, form),
                Form.select(context, form, name: "department", label: context.t("inquiries.department"), options: departments),
                Form.field(context, form, name: "message", label: context.t("offers.field.message"), hint: context.t("offers.field.messageHint"),
                           kind: .textarea, required: true),
                Form.submit(context.t("offers.respond"))
            )),
            .if(canWithdraw && summary.isOpen, Form.post(
                context, action: SiteURL.offers(.withdraw(.value(slug))).path,
                .h2(.safe(context.t("offers.withdrawTitle"))),
                .p(.safe(context.t("offers.withdrawLead"))),
                Form.submit(context.t("offers.withdraw"), class: "button button--secondary")
            ))
        )
    }
}

/// One department's answer to an offer, for the association to settle: yes (a project starts,
/// the department a confirmed partner) or not this time, with a reason the department is told.
public struct OfferAnswerPage: Sendable {
    public var offer: OfferSummary
    public var answerID: String
    public var department: String
    public var message: String
    public var status: CallAnswerStatus
    public var reason: String
    public var project: ProjectSummary?
    public var canDecide: Bool
    public var form: FormState

    public init(offer: OfferSummary, answerID: String, department: String, message: String, status: CallAnswerStatus, reason: String,
                project: ProjectSummary?, canDecide: Bool, form: FormState = FormState()) {
        self.offer = offer
        self.answerID = answerID
        self.department = department
        self.message = message
        self.status = status
        self.reason = reason
        self.project = project
        self.canDecide = canDecide
        self.form = form
    }

    public static let mock = OfferAnswerPage(offer: .mock, answerID: "x", department: "Grundskoleförvaltningen",
                                             message: "Vi vill gärna ha föreläsningen på en studiedag i mars.", status: .submitted, reason: "",
                                             project: nil, canDecide: true)

    public func render(_ context: PageContext) -> String {
        let title = context.t("offers.answerTitle", ["department": department])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.offers(.show(.value(offer.slug))).path), .safe("← " + offer.title))),
            .h1(.safe(title)),
            .p(.span(.class("tag"), .safe(context.t("calls.answerStatus.\(status.rawValue)")))),
            .h2(.safe(context.t("offers.field.message"))), .p(.safe(message)),
            .if(status == .declined, .group(.h2(.safe(context.t("calls.reason"))), .p(.safe(reason)))),
            .unwrap(project) { $0.render(context, headingLevel: 2) },
            .if(canDecide && status == .submitted,
                AnswerDecisionForms.render(context, area: "offers", action: SiteURL.offers(.answer(.value(offer.slug), .value(answerID))).path, form: form))
        )
    }
}
