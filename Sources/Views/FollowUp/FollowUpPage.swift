import Plot
import Domain

/// A year's follow-up of the agreement (`/uppfoljning/{year}`), printable as the yearly report:
/// per area a chart drawn on the server, its table beside it, and the table as CSV.
public struct FollowUpPage: Sendable {
    public var report: FollowUpReport
    /// Every year with figures, newest first.
    public var years: [Int]
    /// Each department's own page of the year (slug, name); none on a department's page.
    public var departments: [(slug: String, name: String)]
    /// The department whose part this is, or nil for the whole report.
    public var department: String?

    public init(report: FollowUpReport, years: [Int], departments: [(slug: String, name: String)] = [], department: String? = nil) {
        (self.report, self.years, self.departments, self.department) = (report, years, departments, department)
    }

    public static let mock = FollowUpPage(report: FollowUpReport(year: 2026, tables: [
        FollowUpTable(section: .inquiries, columns: ["inquiries", "answeredWithinPromise", "medianWorkingDays", "averageRating"], charted: [1],
                      rows: [.init(key: "kultur", label: .name("Kultur- och fritidsförvaltningen"), values: [.count(40), .share(0.9), .measure(2.5), .measure(4.2)]),
                             .init(key: "all", label: .term("followUp.row.all"), values: [.count(40), .share(0.9), .measure(2.5), .measure(nil)])]),
        FollowUpTable(section: .concentration, columns: ["value"], charted: [],
                      rows: [.init(key: "gini", label: .term("followUp.row.gini"), values: [.measure(0.41)])]),
    ]), years: [2026, 2025], departments: [("kultur", "Kultur- och fritidsförvaltningen")])

    public func render(_ context: PageContext) -> String {
        let year = String(report.year)
        let title = department.map { context.t("followUp.departmentTitle", ["year": year, "department": $0]) }
            ?? context.t("followUp.title", ["year": year])
        return Layout.render(
            context, title: title,
            .h1(.safe(title)),
            .p(.class("lead"), .safe(context.t(department == nil ? "followUp.lead" : "followUp.departmentLead"))),
            .p(.safe(context.t("figures.freshness"))),
            .if(department != nil, .p(.a(.href(SiteURL.followUp(.year(.value(year))).path), .safe(context.t("followUp.wholeReport", ["year": year]))))),
            .nav(.class("follow-up-years no-print"), .attr("aria-label", context.t("followUp.years")),
                 .p(.safe(context.t("followUp.years") + ": "), .group(years.map { year in
                     year == report.year ? .strong(.attr("aria-current", "page"), .safe(String(year)), .safe(" "))
                         : .group(.a(.href(SiteURL.followUp(.year(.value(String(year)))).path), .safe(String(year))), .safe(" "))
                 }))),
            .nav(.class("follow-up-contents"), .attr("aria-label", context.t("followUp.contents")),
                 .h2(.safe(context.t("followUp.contents"))),
                 .ol(.forEach(report.tables) { table in
                     .li(.a(.href("#\(table.section.rawValue)"), .safe(FollowUpText.title(table.section, context))))
                 })),
            .forEach(report.tables) { section($0, context) },
            .if(report.tables.isEmpty, .p(.class("empty"), .safe(context.t("followUp.empty", ["year": year])))),
            .if(!departments.isEmpty, .section(
                .class("follow-up-departments no-print"), .attr("aria-labelledby", "departments"),
                .h2(.id("departments"), .safe(context.t("followUp.departments"))),
                .p(.safe(context.t("followUp.departmentsLead"))),
                .ul(.class("link-list"), .forEach(departments) { department in
                    .li(.a(.href(SiteURL.followUp(.department(.value(year), .value(department.slug))).path), .safe(department.name)))
                })))
        )
    }

    func section(_ table: FollowUpTable, _ context: PageContext) -> Node<HTML.BodyContext> {
        let title = FollowUpText.title(table.section, context)
        let catalog = Catalog.of(context.language)
        return .section(
            .class("follow-up-section"), .attr("aria-labelledby", table.section.rawValue),
            .h2(.id(table.section.rawValue), .safe(title)),
            .p(.safe(context.t("followUp.section.\(table.section.rawValue).lead", ["year": String(report.year)]))),
            .div(.class("follow-up-figure"),
                 .if(!table.charted.isEmpty && !table.rows.isEmpty, chart(table, title: title, context).node),
                 DataTable.render(
                    caption: title, headers: [context.t("followUp.rowHeader.\(table.section.rawValue)")] + table.columns.map { FollowUpText.column($0, context) },
                    rows: table.rows.map { row in
                        [.safe(FollowUpText.label(row.label, catalog))] + row.values.map { .safe(FollowUpText.value($0, context.words)) }
                    },
                    emptyText: context.t("followUp.empty", ["year": String(report.year)]))),
            .if(department == nil, .p(.class("no-print"), .a(.href(FollowUpURL.csv(year: report.year, table.section).path), .attr("download", ""),
                                                             .safe(context.t("followUp.csv", ["table": title])))))
        )
    }

    func chart(_ table: FollowUpTable, title: String, _ context: PageContext) -> BarChart {
        let catalog = Catalog.of(context.language)
        let names = table.charted.map { FollowUpText.column(table.columns[$0], context) }
        let shares = table.charted.allSatisfy { index in
            table.rows.allSatisfy { if case .share = $0.values[index] { return true } else { return false } }
        }
        return BarChart(
            id: "chart-\(table.section.rawValue)", title: title,
            summary: context.t("followUp.chartSummary", ["what": names.joined(separator: ", ")]), series: names,
            bars: table.rows.map { row in
                BarChart.Bar(label: FollowUpText.label(row.label, catalog), values: table.charted.map { row.values[$0].number ?? 0 },
                             texts: table.charted.map { FollowUpText.value(row.values[$0], context.words) })
            },
            maximum: shares ? 1 : nil)
    }
}
