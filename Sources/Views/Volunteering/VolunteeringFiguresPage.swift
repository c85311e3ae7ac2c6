import Plot
import Domain

/// A year of volunteering in figures, for the follow-up: assignments published, interest shown
/// and volunteers welcomed, per kind of organiser and per district. No names.
public struct VolunteeringFiguresPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var label: String
        public var assignments: Int
        public var interest: Int
        public var welcomed: Int

        public init(label: String, assignments: Int, interest: Int, welcomed: Int) {
            (self.label, self.assignments, self.interest, self.welcomed) = (label, assignments, interest, welcomed)
        }
    }

    public var year: Int
    public var years: [Int]
    public var total: Row
    /// By kind of organiser: associations, departments.
    public var organisers: [Row]
    public var districts: [Row]

    public init(year: Int, years: [Int], total: Row, organisers: [Row], districts: [Row]) {
        (self.year, self.years, self.total, self.organisers, self.districts) = (year, years, total, organisers, districts)
    }

    public static let mock = VolunteeringFiguresPage(
        year: 2027, years: [2026, 2027], total: Row(label: "Alla", assignments: 28, interest: 40, welcomed: 12),
        organisers: [Row(label: "Föreningar", assignments: 9, interest: 10, welcomed: 4)], districts: [Row(label: "Vivalla", assignments: 4, interest: 9, welcomed: 3)])

    public func render(_ context: PageContext) -> String {
        let n = { (value: Int) in context.words.number(value) }
        let headers = ["", context.t("volunteering.figures.assignments"), context.t("volunteering.figures.interest"), context.t("volunteering.figures.welcomed")]
        let cells = { (row: Row) -> [Node<HTML.BodyContext>] in [.safe(row.label), .safe(n(row.assignments)), .safe(n(row.interest)), .safe(n(row.welcomed))] }
        return Layout.render(
            context, title: context.t("volunteering.figures.title"),
            .p(.class("breadcrumb"), .a(.href(SiteURL.volunteering(.list).path), .safe("← " + context.t("volunteering.title")))),
            .h1(.safe(context.t("volunteering.figures.title"))),
            .p(.class("lead"), .safe(context.t("volunteering.figures.lead"))),
            .p(.safe(context.t("figures.freshness"))),
            Form.get(SiteURL.volunteering(.figures).path, class: "filter-form",
                     Form.select(context, FormState(values: ["year": String(year)]), name: "year", label: context.t("staffDays.year"),
                                 options: years.map { Form.Option(String($0), String($0)) }),
                     Form.submit(context.t("form.filter"), class: "button button--secondary")),
            DataTable.render(caption: context.t("volunteering.figures.byOrganiser", ["year": String(year)]), headers: headers,
                             rows: ([total] + organisers).map(cells), emptyText: ""),
            DataTable.render(caption: context.t("volunteering.figures.byDistrict", ["year": String(year)]), headers: headers,
                             rows: districts.map(cells), emptyText: context.t("staffDays.figures.empty"))
        )
    }
}
