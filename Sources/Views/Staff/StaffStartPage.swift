import Plot
import Domain

/// The staff's start page: one place listing their work — the inbox's counts, the association
/// review queue, the department's consultations each with its next step, and the department's
/// support, calls, initiatives to answer and the offers waiting. Each part only for those whose
/// role does that work.
public struct StaffStartPage: Sendable {
    public struct Inbox: Sendable, Hashable {
        public var open: Int
        public var overdue: Int
        public var unclaimed: Int

        public init(open: Int, overdue: Int, unclaimed: Int) {
            self.open = open
            self.overdue = overdue
            self.unclaimed = unclaimed
        }
    }

    /// A consultation of the department and what is to be done with it next.
    public struct Consultation: Sendable, Hashable {
        public var slug: String
        public var title: String
        public var status: ConsultationStatus

        public init(slug: String, title: String, status: ConsultationStatus) {
            self.slug = slug
            self.title = title
            self.status = status
        }
    }

    public var department: String?
    public var inbox: Inbox?
    public var reviewQueue: Int?
    public var consultations: [Consultation]?
    public var support: Int?
    public var openCalls: Int?
    public var initiatives: Int?
    public var openOffers: Int?

    public init(department: String?, inbox: Inbox?, reviewQueue: Int?, consultations: [Consultation]?, support: Int?, openCalls: Int?,
                initiatives: Int?, openOffers: Int?) {
        self.department = department
        self.inbox = inbox
        self.reviewQueue = reviewQueue
        self.consultations = consultations
        self.support = support
        self.openCalls = openCalls
        self.initiatives = initiatives
        self.openOffers = openOffers
    }

    public static let mock = StaffStartPage(
        department: "Kultur- och fritidsförvaltningen", inbox: Inbox(open: 12, overdue: 2, unclaimed: 3), reviewQueue: 4,
        consultations: [Consultation(slug: "ny-lekplats", title: "Ny lekplats i Vivalla", status: .closed),
                        Consultation(slug: "idrottshall", title: "Ny idrottshall", status: .open)],
        support: 6, openCalls: 1, initiatives: 2, openOffers: 3)

    public func render(_ context: PageContext) -> String {
        let n = { (count: Int) in context.words.number(count) }
        return Layout.render(
            context, title: context.t("staffStart.title"),
            .h1(.safe(context.t("staffStart.title"))),
            .unwrap(department) { .p(.class("lead"), .safe(context.t("staffStart.lead", ["department": $0]))) },
            .div(
                .class("card-list"),
                .unwrap(inbox) { inbox in
                    card(context.t("nav.inquiries"), SiteURL.staff(.inbox).path, [
                        context.t("staffStart.inbox.open", ["count": n(inbox.open)]),
                        context.t("staffStart.inbox.overdue", ["count": n(inbox.overdue)]),
                        context.t("staffStart.inbox.unclaimed", ["count": n(inbox.unclaimed)]),
                    ], extra: .p(.a(.href(SiteURL.staff(.newInquiry).path), .safe(context.t("inquiries.register.title")))))
                },
                .unwrap(reviewQueue) { card(context.t("staffStart.review"), SiteURL.staff(.associationQueue).path,
                                            [context.t("staffStart.review.count", ["count": n($0)])]) },
                .unwrap(support) { card(context.t("staffStart.support"), SiteURL.staff(.supportList).path,
                                        [context.t("staffStart.support.count", ["count": n($0)])]) },
                .unwrap(openCalls) { card(context.t("nav.calls"), SiteURL.calls(.list).path,
                                          [context.t("staffStart.calls.count", ["count": n($0)])],
                                          extra: .p(.a(.href(SiteURL.calls(.new).path), .safe(context.t("calls.new"))))) },
                .unwrap(initiatives) { card(context.t("nav.initiatives"), SiteURL.initiatives(.list).path,
                                            [context.t("staffStart.initiatives.count", ["count": n($0)])]) },
                .unwrap(openOffers) { card(context.t("offers.title"), SiteURL.offers(.list).path,
                                           [context.t("staffStart.offers.count", ["count": n($0)])]) },
                .if(department != nil, card(context.t("staffDays.title"), SiteURL.staff(.staffDays).path, [context.t("staffStart.staffDays")]))
            ),
            .unwrap(consultations) { consultations in
                .section(
                    .attr("aria-labelledby", "consultations-heading"),
                    .h2(.id("consultations-heading"), .safe(context.t("staffStart.consultations"))),
                    .p(.a(.class("button button--secondary"), .href(SiteURL.staff(.newConsultation).path),
                          .safe(context.t("staffStart.newConsultation")))),
                    .if(consultations.isEmpty, .p(.class("empty"), .safe(context.t("staffStart.consultations.empty")))),
                    .ul(.forEach(consultations) { consultation in
                        .li(.a(.href(SiteURL.staff(.editConsultation(.value(consultation.slug))).path), .safe(consultation.title)),
                            .safe(" · "), .span(.class("tag"), .safe(context.t("consultations.status.\(consultation.status.rawValue)"))),
                            .safe(" · "), nextStep(context, consultation))
                    })
                )
            }
        )
    }

    /// What to do next: invite while it is planned or open, write the compilation once it has closed.
    func nextStep(_ context: PageContext, _ consultation: Consultation) -> Node<HTML.BodyContext> {
        let slug = Parameter.value(consultation.slug)
        switch consultation.status {
        case .planned, .open:
            return .a(.href(SiteURL.staff(.inviteConsultation(slug)).path), .safe(context.t("staffStart.next.invite")))
        case .closed:
            return .a(.href(SiteURL.staff(.compileConsultation(slug)).path), .safe(context.t("staffStart.next.compile")))
        case .compiled:
            return .a(.href(SiteURL.consultations(.show(slug)).path), .safe(context.t("staffStart.next.read")))
        }
    }

    func card(_ title: String, _ path: String, _ lines: [String], extra: Node<HTML.BodyContext> = .empty) -> Node<HTML.BodyContext> {
        .div(.class("entry-point"), .h2(.a(.href(path), .safe(title))), .ul(.forEach(lines) { .li(.safe($0)) }), extra)
    }
}
