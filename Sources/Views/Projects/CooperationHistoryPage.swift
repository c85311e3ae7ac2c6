import Plot
import Domain
import Foundation

/// One association's cooperation with the whole municipality, for staff of every department:
/// its projects, the calls and consultations it answered, its inquiries (another department's
/// as subject and department only), and the highest step on the ladder reached, since when.
public struct CooperationHistoryPage: Sendable {
    public struct Line: Sendable, Hashable {
        public var title: String
        public var detail: String
        public var at: Date
        public var link: String?

        public init(title: String, detail: String, at: Date, link: String? = nil) {
            self.title = title
            self.detail = detail
            self.at = at
            self.link = link
        }
    }

    public var name: String
    public var slug: String
    public var reached: CooperationHistory.Reached?
    public var projects: [ProjectSummary]
    public var calls: [Line]
    public var consultations: [Line]
    public var inquiries: [Line]

    public init(name: String, slug: String, reached: CooperationHistory.Reached?, projects: [ProjectSummary], calls: [Line], consultations: [Line],
                inquiries: [Line]) {
        self.name = name
        self.slug = slug
        self.reached = reached
        self.projects = projects
        self.calls = calls
        self.consultations = consultations
        self.inquiries = inquiries
    }

    public static let mock = CooperationHistoryPage(
        name: "NPF-föreningen Vägvisaren", slug: "npf", reached: .init(step: .partnership, since: Date(timeIntervalSince1970: 1_790_000_000)),
        projects: [.mock], calls: [Line(title: "Vi söker föreningar med kunskap om NPF", detail: "Grundskoleförvaltningen · Vald", at: Date(timeIntervalSince1970: 1_790_000_000))],
        consultations: [Line(title: "Plan för elever med NPF", detail: "Grundskoleförvaltningen", at: Date(timeIntervalSince1970: 1_790_000_000))],
        inquiries: [Line(title: "Lokaler", detail: "Kultur- och fritidsförvaltningen", at: Date(timeIntervalSince1970: 1_790_000_000), link: "/x")])

    public func render(_ context: PageContext) -> String {
        let title = context.t("history.title", ["name": name])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.staff(.review(.value(slug))).path), .safe("← " + name))),
            .h1(.safe(title)),
            .p(.class("lead"), .safe(context.t("history.lead"))),
            .p(.strong(.safe(reached.map { context.t("history.reached", ["step": context.t("guide.step.\($0.step.key).name"),
                                                                         "since": context.words.date($0.since)]) }
                             ?? context.t("history.nothingYet")))),
            .h2(.safe(context.t("projects.title"))),
            .if(projects.isEmpty, .p(.class("empty"), .safe(context.t("history.none")))),
            .div(.class("card-list"), .forEach(projects) { $0.render(context, headingLevel: 3) }),
            section(context, "history.calls", calls),
            section(context, "history.consultations", consultations),
            section(context, "history.inquiries", inquiries)
        )
    }

    private func section(_ context: PageContext, _ heading: String, _ lines: [Line]) -> Node<HTML.BodyContext> {
        .group(
            .h2(.safe(context.t(heading))),
            .if(lines.isEmpty, .p(.class("empty"), .safe(context.t("history.none")))),
            .ul(.forEach(lines) { line in
                .li(.unwrap(line.link, { .a(.href($0), .safe(line.title)) }, else: .safe(line.title)),
                    .safe(" · " + line.detail + " · " + context.words.date(line.at)))
            })
        )
    }
}
