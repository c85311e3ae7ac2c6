import Plot
import Domain
import Foundation

/// A department invites chosen associations to answer: search, tick, invite. Each gets a
/// formal invitation by mail; the consultation stays open to everyone.
public struct InvitationsPage: Sendable {
    public struct Invited: Sendable, Hashable {
        public var name: String
        public var invitedAt: Date

        public init(name: String, invitedAt: Date) {
            self.name = name
            self.invitedAt = invitedAt
        }
    }

    public var summary: ConsultationSummary
    public var query: String
    public var candidates: [Form.Option]
    public var invited: [Invited]
    public var form: FormState

    public init(summary: ConsultationSummary, query: String, candidates: [Form.Option], invited: [Invited], form: FormState = FormState()) {
        self.summary = summary
        self.query = query
        self.candidates = candidates
        self.invited = invited
        self.form = form
    }

    public static let mock = InvitationsPage(
        summary: .mock, query: "skytte", candidates: [Form.Option("a1", "Bettorps skytteförening")],
        invited: [Invited(name: "Attention Örebro", invitedAt: Date(timeIntervalSince1970: 1_794_812_400))], form: FormState())

    public func render(_ context: PageContext) -> String {
        let path = SiteURL.staff(.inviteConsultation(.value(summary.slug))).path
        return Layout.render(
            context, title: context.t("invitations.title"),
            .p(.class("breadcrumb"), .a(.href(SiteURL.consultations(.show(.value(summary.slug))).path), .safe("← " + summary.title))),
            .h1(.safe(context.t("invitations.title"))),
            .p(.class("lead"), .safe(context.t("invitations.lead", ["title": summary.title]))),
            Form.get(path, class: "filter-form",
                     Form.field(context, FormState(values: ["q": query]), name: "q", label: context.t("invitations.search")),
                     Form.submit(context.t("form.search"), class: "button button--secondary")),
            .if(!query.isEmpty && candidates.isEmpty, .p(.class("empty"), .safe(context.t("invitations.noMatches")))),
            .if(!candidates.isEmpty, Form.post(
                context, action: SiteURL.withQuery(path, [("q", query)]),
                Form.errorSummary(context, form),
                Form.checkboxGroup(context, form, name: "associations", legend: context.t("invitations.choose"), options: candidates, selected: []),
                Form.submit(context.t("invitations.send"))
            )),
            .h2(.safe(context.t("invitations.invited", ["count": context.words.number(invited.count)]))),
            .if(invited.isEmpty, .p(.class("empty"), .safe(context.t("invitations.none")))),
            .if(!invited.isEmpty, .ul(.forEach(invited) { item in
                .li(.safe(item.name + " – " + context.words.date(item.invitedAt)))
            }))
        )
    }
}
