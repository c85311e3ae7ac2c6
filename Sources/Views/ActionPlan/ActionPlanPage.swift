import Plot
import Domain

/// An action as the plan lists it.
public struct ActionRow: Sendable, Hashable {
    public var id: String
    public var title: String
    public var owner: String
    public var principle: String
    public var target: String
    public var firstYear: Int
    public var lastYear: Int
    public var status: ActionStatus

    public init(id: String, title: String, owner: String, principle: String, target: String, firstYear: Int, lastYear: Int, status: ActionStatus) {
        (self.id, self.title, self.owner, self.principle, self.target) = (id, title, owner, principle, target)
        (self.firstYear, self.lastYear, self.status) = (firstYear, lastYear, status)
    }

    public var period: String { firstYear == lastYear ? String(firstYear) : "\(firstYear)–\(lastYear)" }
}

/// `/samverkansradet/handlingsplan`: the actions of the plan that covers a year, each with who
/// answers for it, the principle it serves, its target and where it stands; how many are done.
public struct ActionPlanPage: Sendable {
    public var year: Int
    /// The years a reader can step between: those the plans cover, and this year.
    public var years: ClosedRange<Int>
    public var actions: Paged<ActionRow>
    public var counts: [ActionStatus: Int]
    public var canManage: Bool

    public init(year: Int, years: ClosedRange<Int>, actions: Paged<ActionRow>, counts: [ActionStatus: Int], canManage: Bool) {
        (self.year, self.years, self.actions, self.counts, self.canManage) = (year, years, actions, counts, canManage)
    }

    public static let mock = ActionPlanPage(
        year: 2026, years: 2025...2027, actions: Paged(items: [ActionRow(id: "0b8e2c9a-1d2e-4f5a-9b6c-7d8e9f0a1b2c", title: "Föreningarnas dag i alla stadsdelar",
                                                      owner: "Kultur- och fritidsförvaltningen", principle: "Dialog", target: "14 stadsdelar",
                                                      firstYear: 2026, lastYear: 2027, status: .started)],
                                   page: PageRequest(number: 1), total: 1),
        counts: [.started: 1], canManage: true)

    public func render(_ context: PageContext) -> String {
        let title = context.t("actionPlan.title", ["year": String(year)])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.council(.home).path), .safe("← " + context.t("council.title")))),
            .h1(.safe(title)),
            .p(.class("lead"), .safe(context.t("actionPlan.lead"))),
            .p(.if(years.contains(year - 1), .a(.href(SiteURL.council(.actionPlan).path(query: [("year", String(year - 1))])),
                                                 .safe("← " + String(year - 1)))),
               .if(years.contains(year - 1) && years.contains(year + 1), .text(" · ")),
               .if(years.contains(year + 1), .a(.href(SiteURL.council(.actionPlan).path(query: [("year", String(year + 1))])),
                                                 .safe(String(year + 1) + " →")))),
            .if(canManage, .p(.a(.class("button"), .href(SiteURL.council(.newAction).path), .safe(context.t("actionPlan.new"))))),
            .p(.safe(context.t("actionPlan.countsAt", ["year": String(year)]))),
            .ul(.forEach(ActionStatus.allCases) { status in
                .li(.safe(context.t("actionPlan.status.\(status.rawValue)") + ": " + context.words.number(counts[status] ?? 0)))
            }),
            DataTable.render(
                caption: title,
                headers: [context.t("actionPlan.field.title"), context.t("actionPlan.field.owner"), context.t("actionPlan.field.principle"),
                          context.t("actionPlan.field.target"), context.t("actionPlan.field.period"), context.t("actionPlan.field.status")],
                rows: actions.items.map { row in
                    [.a(.href(SiteURL.council(.action(.value(row.id))).path), .safe(row.title)), .safe(row.owner),
                     .safe(row.principle.isEmpty ? "–" : row.principle), .safe(row.target), .safe(row.period),
                     .safe(context.t("actionPlan.status.\(row.status.rawValue)"))]
                },
                emptyText: context.t("actionPlan.empty", ["year": String(year)])),
            Pagination.nav(context, actions, path: SiteURL.council(.actionPlan).path, query: [("year", String(year))])
        )
    }
}
