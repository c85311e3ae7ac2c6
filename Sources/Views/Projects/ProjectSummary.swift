import Plot
import Domain
import Foundation

/// A project in a list or feed: what, who takes part, where, and where it stands.
public struct ProjectSummary: Sendable, Hashable {
    public struct Partner: Sendable, Hashable {
        public var name: String
        public var role: PartnerRole
        /// The association's page or the department's entry point, when it has one.
        public var link: String?

        public init(name: String, role: PartnerRole, link: String? = nil) {
            self.name = name
            self.role = role
            self.link = link
        }
    }

    public var slug: String
    public var title: String
    public var easyRead: String
    public var status: ProjectStatus
    public var form: LadderStep
    public var starts: CalendarDay?
    public var ends: CalendarDay?
    /// The owner first, then the partners that confirmed.
    public var partners: [Partner]
    public var districts: [String]
    public var goals: [Int]
    public var featured: Bool
    public var updatedAt: Date

    public init(slug: String, title: String, easyRead: String, status: ProjectStatus, form: LadderStep, starts: CalendarDay?, ends: CalendarDay?,
                partners: [Partner], districts: [String], goals: [Int], featured: Bool, updatedAt: Date) {
        self.slug = slug
        self.title = title
        self.easyRead = easyRead
        self.status = status
        self.form = form
        self.starts = starts
        self.ends = ends
        self.partners = partners
        self.districts = districts
        self.goals = goals
        self.featured = featured
        self.updatedAt = updatedAt
    }

    public static let mock = ProjectSummary(
        slug: "laxhjalp-i-vivalla", title: "Läxhjälp i Vivalla", easyRead: "Unga får hjälp med läxor två kvällar i veckan.",
        status: .ongoing, form: .partnership, starts: CalendarDay(2026, 1, 12), ends: CalendarDay(2026, 12, 18),
        partners: [Partner(name: "Vivalla IF", role: .lead, link: "/foreningar/vivalla-if"), Partner(name: "Grundskoleförvaltningen", role: .partner)],
        districts: ["Vivalla"], goals: [4, 10], featured: true, updatedAt: Date(timeIntervalSince1970: 1_794_812_400))

    /// "12 januari 2026 – 18 december 2026", "från 12 januari 2026", or nothing when no dates are set.
    public func period(_ words: Wording) -> String? {
        switch (starts, ends) {
        case let (starts?, ends?): return "\(words.day(starts)) – \(words.day(ends))"
        case let (starts?, nil): return words.t("projects.from", ["day": words.day(starts)])
        case let (nil, ends?): return words.t("projects.until", ["day": words.day(ends)])
        case (nil, nil): return nil
        }
    }

    public func render(_ context: PageContext, headingLevel: Int = 2) -> Node<HTML.BodyContext> {
        let facts = [context.t("guide.step.\(form.key).name")] + (districts.isEmpty ? [] : [districts.joined(separator: ", ")])
            + (goals.isEmpty ? [] : [context.t("projects.goals", ["goals": goals.map(String.init).joined(separator: ", ")])])
        return .div(
            .class("entry-point project-card"),
            .element(named: "h\(headingLevel)", nodes: [Node<HTML.BodyContext>.a(.href(SiteURL.projects(.show(.value(slug))).path), .safe(title))]),
            .p(.span(.class("tag"), .safe(context.t("projects.status.\(status.rawValue)"))),
               .if(featured, .group(.safe(" "), .span(.class("tag tag--featured"), .safe(context.t("projects.featured")))))),
            .unwrap(period(context.words)) { .p(.strong(.safe($0))) },
            .p(.safe(easyRead)),
            .p(.class("hint"), .safe(partners.map(\.name).joined(separator: ", "))),
            .p(.class("hint"), .safe(facts.joined(separator: " · ")))
        )
    }
}
