import Plot
import Domain

/// A year's follow-up of the agreement (`/uppfoljning/{year}`), printable as the yearly report:
/// per area a chart drawn on the server, its table beside it, and the table as CSV.
public struct FollowUpPage: Sendable {
    public var report: FollowUpReport
    /// Every year with figures, newest first.
    public var years: [Int]

    public init(report: FollowUpReport, years: [Int]) {
        (self.report, self.years) = (report, years)
    }

    public static let mock = FollowUpPage(report: FollowUpReport(year: 2026, tables: [
        FollowUpTable(section: .inquiries, columns: ["inquiries", "answeredWithinPromise", "medianWorkingDays", "averageRating"], charted: [1],
                      rows: [.init(key: "kultur", label: .name("Kultur- och fritidsförvaltningen"), values: [.count(40), .share(0.9), .measure(2.5), .measure(4.2)]),
                             .init(key: "all", label: .term("followUp.row.all"), values: [.count(40), .share(0.9), .measure(2.5), .measure(nil)])]),
        FollowUpTable(section: .concentration, columns: ["value"], charted: [],
                      rows: [.init(key: "gini", label: .term("followUp.row.gini"), values: [.measure(0.41)])]),
    ]), years: [2026, 2025])

    public func render(_ context: PageContext) -> String {
        let title = context.t("followUp.title", ["year": String(report.year)])
        return Layout.render(
            context, title: title,
            .h1(.safe(title)),
            .p(.class("lead"), .safe(context.t("followUp.lead"))),
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
            .forEach(report.tables) { section($0, context) }
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
            .p(.class("no-print"), .a(.href(FollowUpURL.csv(year: report.year, table.section).path), .attr("download", ""),
                                      .safe(context.t("followUp.csv", ["table": title]))))
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
