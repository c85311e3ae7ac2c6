import Plot
import Domain
import Foundation

/// One project: what it is, who takes part (confirmed partners only, except for its owner's side),
/// its timeline, and what came of it; with the forms of what the viewer may do on it.
public struct ProjectPage: Sendable {
    public struct Partner: Sendable, Hashable {
        public var party: String
        public var summary: ProjectSummary.Partner
        public var status: PartnerStatus
        public var commitment: String

        public init(party: String, summary: ProjectSummary.Partner, status: PartnerStatus, commitment: String) {
            self.party = party
            self.summary = summary
            self.status = status
            self.commitment = commitment
        }
    }

    public struct Entry: Sendable, Hashable {
        public var at: Date
        public var status: ProjectStatus?
        public var body: String
        public var author: String

        public init(at: Date, status: ProjectStatus?, body: String, author: String) {
            self.at = at
            self.status = status
            self.body = body
            self.author = author
        }
    }

    public var summary: ProjectSummary
    public var text: String
    public var body: String
    public var contactName: String
    public var contactEmail: String
    public var targetGroups: [TargetGroup]
    public var goalNames: [String]
    public var partnership: Partnership?
    public var partners: [Partner]
    public var timeline: [Entry]
    public var outcome: String
    public var actions: ProjectActions
    public var url: String

    public init(summary: ProjectSummary, text: String, body: String, contactName: String, contactEmail: String, targetGroups: [TargetGroup],
                goalNames: [String], partnership: Partnership?, partners: [Partner], timeline: [Entry], outcome: String,
                actions: ProjectActions, url: String) {
        self.summary = summary
        self.text = text
        self.body = body
        self.contactName = contactName
        self.contactEmail = contactEmail
        self.targetGroups = targetGroups
        self.goalNames = goalNames
        self.partnership = partnership
        self.partners = partners
        self.timeline = timeline
        self.outcome = outcome
        self.actions = actions
        self.url = url
    }

    public static let mock = ProjectPage(
        summary: .mock, text: "Föreningen och skolan ordnar läxhjälp.", body: "## Så går det till\nVolontärer hjälper till.",
        contactName: "Amina Yusuf", contactEmail: "amina@example.org", targetGroups: [.youth], goalNames: ["4. God utbildning för alla"],
        partnership: Partnership(from: CalendarDay(2026, 1, 1), until: CalendarDay(2027, 12, 31), decisionBody: "Grundskolenämnden",
                                 decidedOn: CalendarDay(2025, 12, 10), caseNumber: "GSN 2025/88"),
        partners: [Partner(party: "d:x", summary: .init(name: "Grundskoleförvaltningen", role: .partner), status: .confirmed,
                           commitment: "Lokaler två kvällar i veckan")],
        timeline: [Entry(at: Date(timeIntervalSince1970: 1_794_812_400), status: .ongoing, body: "Vi har börjat.", author: "Amina Yusuf, Vivalla IF")],
        outcome: "", actions: .mock, url: "https://example.se/projekt/laxhjalp-i-vivalla")

    public func render(_ context: PageContext) -> String {
        let words = context.words
        let shown = partners.filter { $0.status == .confirmed || actions.canEdit }
        return Layout.render(
            context, title: summary.title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.projects(.list).path), .safe("← " + context.t("projects.title")))),
            .h1(.safe(summary.title)),
            .if(actions.canEdit, .p(.a(.href(SiteURL.projects(.edit(.value(summary.slug))).path), .safe(context.t("projects.edit"))))),
            .p(.span(.class("tag"), .safe(context.t("projects.status.\(summary.status.rawValue)"))),
               .if(summary.featured, .group(.safe(" "), .span(.class("tag tag--featured"), .safe(context.t("projects.featured")))))),
            .dl(
                .class("summary-list"),
                .unwrap(summary.period(words)) { .group(.dt(.safe(context.t("projects.field.period"))), .dd(.safe($0))) },
                .dt(.safe(context.t("projects.field.form"))), .dd(.safe(context.t("guide.step.\(summary.form.key).name"))),
                .if(!summary.districts.isEmpty, .group(.dt(.safe(context.t("projects.field.districts"))),
                                                       .dd(.safe(summary.districts.joined(separator: ", "))))),
                .if(!targetGroups.isEmpty, .group(.dt(.safe(context.t("projects.field.targetGroups"))),
                                                  .dd(.safe(targetGroups.map { context.t("targetGroup.\($0.rawValue)") }.joined(separator: ", "))))),
                .if(!goalNames.isEmpty, .group(.dt(.safe(context.t("projects.field.goals"))), .dd(.safe(goalNames.joined(separator: ", "))))),
                .dt(.safe(context.t("projects.field.contact"))),
                .dd(.safe(contactName), .if(!contactEmail.isEmpty, .group(.safe(", "), .a(.href("mailto:" + contactEmail), .safe(contactEmail)))))
            ),
            .section(.class("easy-read"), .attr("aria-labelledby", "easy-heading"),
                     .h2(.id("easy-heading"), .safe(context.t("support.easyRead"))), .p(.safe(summary.easyRead))),
            .if(summary.status == .finished && !outcome.isEmpty, .section(
                .class("compilation"), .attr("aria-labelledby", "outcome-heading"),
                .h2(.id("outcome-heading"), .safe(context.t("projects.outcome"))), RichText.render(outcome, headingOffset: 2))),
            .h2(.safe(context.t("projects.about"))),
            RichText.render(text, headingOffset: 2),
            .if(!body.isEmpty, RichText.render(body, headingOffset: 2)),
            .h2(.safe(context.t("projects.partners"))),
            .ul(.class("partner-list"), .forEach(summary.partners.prefix(1)) { partnerItem(context, $0, status: nil, commitment: "") },
                .forEach(shown) { partnerItem(context, $0.summary, status: $0.status, commitment: $0.commitment) }),
            .unwrap(partnership) { iop in .group(
                .h2(.safe(context.t("projects.partnership"))),
                .dl(.class("summary-list"),
                    .dt(.safe(context.t("projects.field.iopPeriod"))), .dd(.safe("\(words.day(iop.from)) – \(words.day(iop.until))")),
                    .dt(.safe(context.t("projects.field.decision"))),
                    .dd(.safe(context.t("projects.decision", ["body": iop.decisionBody, "day": words.day(iop.decidedOn), "caseNumber": iop.caseNumber]))))
            ) },
            .h2(.safe(context.t("projects.timeline"))),
            .if(timeline.isEmpty, .p(.class("empty"), .safe(context.t("projects.timelineEmpty")))),
            .ol(.class("timeline"), .forEach(timeline) { entry in
                .li(.p(.strong(.safe(words.date(entry.at))), .safe(" · " + entry.author),
                       .unwrap(entry.status) { .group(.safe(" · "), .span(.class("tag"), .safe(context.t("projects.status.\($0.rawValue)")))) }),
                    .if(!entry.body.isEmpty, RichText.render(entry.body, headingOffset: 3)))
            }),
            actions.render(context, slug: summary.slug, status: summary.status),
            JSONLD.script(jsonLD)
        )
    }

    private func partnerItem(_ context: PageContext, _ partner: ProjectSummary.Partner, status: PartnerStatus?, commitment: String) -> Node<HTML.ListContext> {
        .li(
            .unwrap(partner.link, { .a(.href($0), .safe(partner.name)) }, else: .safe(partner.name)),
            .safe(" – " + context.t("projects.role.\(partner.role.rawValue)")),
            .if(status == .invited || status == .declined, .group(.safe(" "), .span(.class("tag"), .safe(context.t("projects.partnerStatus.\(status?.rawValue ?? "")"))))),
            .if(!commitment.isEmpty, .p(.class("hint"), .safe(commitment)))
        )
    }

    /// schema.org `Project`, with its confirmed partners as members.
    var jsonLD: [String: Any] {
        var object: [String: Any] = ["@context": "https://schema.org", "@type": "Project", "name": summary.title,
                                     "description": summary.easyRead, "url": url]
        object["member"] = summary.partners.map { ["@type": "Organization", "name": $0.name] }
        if let starts = summary.starts { object["foundingDate"] = starts.description }
        if let ends = summary.ends { object["dissolutionDate"] = ends.description }
        return object
    }
}
