import Plot
import Domain

/// One assignment: what, for whom, where and when, who can do it, what the volunteer gets; the
/// form to show interest (no account, never public); for its organiser, the list, change and close.
public struct AssignmentPage: Sendable {
    public var summary: AssignmentSummary
    public var summaryText: String
    public var description: String
    public var languages: String
    public var perks: [VolunteerPerk]
    public var needed: Int
    public var contactName: String
    public var contactEmail: String
    public var canManage: Bool
    /// For the organiser: how many have shown interest and how many wait for an answer.
    public var interested: (total: Int, unanswered: Int)?
    public var form: FormState
    /// The interest form itself; otherwise a link to it, so the page carries no form token and
    /// is kept in the page cache for everyone who only reads it.
    public var showsForm: Bool

    public init(summary: AssignmentSummary, summaryText: String, description: String, languages: String, perks: [VolunteerPerk], needed: Int,
                contactName: String, contactEmail: String, canManage: Bool, interested: (total: Int, unanswered: Int)? = nil,
                form: FormState = FormState(), showsForm: Bool = true) {
        self.showsForm = showsForm
        (self.summary, self.summaryText, self.description, self.languages, self.perks, self.needed) = (summary, summaryText, description, languages, perks, needed)
        (self.contactName, self.contactEmail, self.canManage, self.interested, self.form) = (contactName, contactEmail, canManage, interested, form)
    }

    public static let mock = AssignmentPage(
        summary: .mock, summaryText: "Barn i årskurs 4–6 får hjälp med läxorna av vuxna och unga volontärer.",
        description: "Vi ses i bibliotekets studierum. Du får en introduktion första gången.", languages: "svenska, arabiska",
        perks: [.introduction, .insurance], needed: 4, contactName: "Sara Lind", contactEmail: "sara.lind@example.se", canManage: true,
        interested: (3, 1))

    public func render(_ context: PageContext) -> String {
        let slug = summary.slug, words = context.words
        return Layout.render(
            context, title: summary.title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.volunteering(.list).path), .safe("← " + context.t("volunteering.title")))),
            .h1(.safe(summary.title)),
            .if(!summary.isOpen, .div(.class("notice notice--warning"), .p(.safe(context.t("volunteering.closedLead"))))),
            .p(.class("lead"), .safe(summary.easyRead)),
            .dl(
                .class("summary-list"),
                .dt(.safe(context.t("volunteering.field.targetGroup"))), .dd(.safe(context.t("targetGroup.\(summary.targetGroup.rawValue)"))),
                .dt(.safe(context.t("volunteering.when"))), .dd(.safe(context.t("volunteering.timing.\(summary.timing.rawValue)") + ": " + summary.when(words))),
                .dt(.safe(context.t("volunteering.field.effort"))), .dd(.safe(summary.effort)),
                .dt(.safe(context.t("volunteering.where"))), .dd(.safe(summary.whereText(words))),
                .dt(.safe(context.t("volunteering.whoCan"))),
                .dd(.safe(summary.age(words)),
                    .if(summary.needsRecordExtract, .group(.br(), .safe(context.t("volunteering.recordExtractLong")))),
                    .if(!languages.isEmpty, .group(.br(), .safe(context.t("volunteering.languages", ["languages": languages]))))),
                .dt(.safe(context.t("volunteering.youGet"))),
                .dd(.safe(perks.isEmpty ? context.t("volunteering.perks.none") : perks.map { context.t("volunteering.perk.\($0.rawValue)") }.joined(separator: ", "))),
                .dt(.safe(context.t("volunteering.field.needed"))), .dd(.safe(words.number(needed))),
                .dt(.safe(context.t("volunteering.field.closes"))), .dd(.safe(words.day(summary.closes))),
                .dt(.safe(context.t("events.organiser"))), .dd(.safe(summary.organiser)),
                .dt(.safe(context.t("projects.field.contactName"))),
                .dd(.safe(contactName), .if(!contactEmail.isEmpty, .group(.safe(", "), .a(.href("mailto:" + contactEmail), .safe(contactEmail)))))
            ),
            .h2(.safe(context.t("volunteering.about"))),
            .p(.safe(summaryText)),
            .if(!description.isEmpty, .p(.safe(description))),
            .if(summary.isOpen && !canManage, interestForm(context)),
            .if(canManage, manage(context, slug: slug))
        )
    }

    private func interestForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        .section(
            .attr("aria-labelledby", "interest-heading"),
            .h2(.id("interest-heading"), .safe(context.t("volunteering.interest.title"))),
            .p(.safe(context.t("volunteering.interest.lead"))),
            .if(!showsForm, .p(.a(.class("button"), .href(SiteURL.volunteering(.interest(.value(summary.slug))).path + "#interest-heading"),
                                  .safe(context.t("volunteering.interest.open"))))),
            .if(showsForm, Form.post(
                context, action: SiteURL.volunteering(.interest(.value(summary.slug))).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "name", label: context.t("volunteering.interest.name"), autocomplete: "name", required: true),
                Form.field(context, form, name: "email", label: context.t("volunteering.interest.email"),
                           hint: context.t("volunteering.interest.reachHint"), kind: .email, autocomplete: "email"),
                Form.field(context, form, name: "phone", label: context.t("volunteering.interest.phone"), kind: .tel, autocomplete: "tel"),
                Form.field(context, form, name: "message", label: context.t("volunteering.interest.message"),
                           hint: context.t("volunteering.interest.messageHint"), kind: .textarea),
                Form.checkbox(form, name: "consent", label: context.t("volunteering.interest.consent"),
                              hint: context.t("volunteering.interest.consentHint")),
                Form.submit(context.t("volunteering.interest.submit"))
            ))
        )
    }

    private func manage(_ context: PageContext, slug: String) -> Node<HTML.BodyContext> {
        .group(
            .h2(.safe(context.t("volunteering.manage"))),
            .unwrap(interested) { counts in
                .p(.a(.href(SiteURL.volunteering(.interested(.value(slug))).path),
                      .safe(context.t("volunteering.interested.link", ["count": context.words.number(counts.total),
                                                                        "new": context.words.number(counts.unanswered)]))))
            },
            .if(summary.isOpen, .group(
                .p(.a(.class("button button--secondary"), .href(SiteURL.volunteering(.edit(.value(slug))).path), .safe(context.t("volunteering.edit")))),
                Form.post(
                    context, action: SiteURL.volunteering(.close(.value(slug))).path,
                    Form.errorSummary(context, form),
                    .p(.safe(context.t("volunteering.closeLead"))),
                    Form.submit(context.t("volunteering.close"), class: "button button--secondary")
                )
            ))
        )
    }
}
