import Plot
import Domain

/// Consultations by where they stand: open (with days left), planned (so people see them
/// coming), closed, compiled. Filters by district, category and department; an Atom feed.
public struct ConsultationListPage: Sendable {
    public var status: ConsultationStatus
    public var counts: [ConsultationStatus: Int]
    public var filters: [String: String]
    public var items: Paged<ConsultationSummary>
    public var districts: [Form.Option]
    public var departments: [Form.Option]

    public static let filterNames = ["status", "district", "category", "department"]

    public init(status: ConsultationStatus, counts: [ConsultationStatus: Int], filters: [String: String], items: Paged<ConsultationSummary>,
                districts: [Form.Option], departments: [Form.Option]) {
        self.status = status
        self.counts = counts
        self.filters = filters
        self.items = items
        self.districts = districts
        self.departments = departments
    }

    public static let mock = ConsultationListPage(status: .open, counts: [.open: 1, .planned: 2], filters: [:],
                                                  items: Paged(items: [.mock], page: PageRequest(number: 1), total: 1),
                                                  districts: [Form.Option("d1", "Bettorp")], departments: [Form.Option("x", "Stadsbyggnadsförvaltningen")])

    public func render(_ context: PageContext) -> String {
        let path = SiteURL.consultations(.list).path
        let state = FormState(values: filters)
        let all = context.t("associations.filter.all")
        let feed = SiteURL.withQuery(SiteURL.consultationsFeed.path, [("district", filters["district"])])
        return Layout.render(
            context, title: context.t("consultations.title"),
            .h1(.safe(context.t("consultations.title"))),
            .p(.class("lead"), .safe(context.t("consultations.lead"))),
            .if(context.viewer?.canUseStaffArea == true, .p(.a(.class("button button--secondary"), .href(SiteURL.staff(.newConsultation).path),
                                                               .safe(context.t("consultations.new"))))),
            .nav(.attr("aria-label", context.t("consultations.byStatus")), .ul(.class("status-tabs"), .forEach(ConsultationStatus.allCases) { option in
                .li(.a(.attr("href", SiteURL.withQuery(path, [("status", option.rawValue)] + Self.filterNames.dropFirst().map { ($0, filters[$0]) })),
                       .if(option == status, .attribute(named: "aria-current", value: "page")),
                       .safe(context.t("consultations.tab.\(option.rawValue)", ["count": context.words.number(counts[option] ?? 0)]))))
            })),
            Form.get(
                path, class: "filter-form",
                .input(.type(.hidden), .name("status"), .value(status.rawValue)),
                .div(
                    .class("filter-grid"),
                    Form.select(context, state, name: "district", label: context.t("associations.filter.district"), options: districts, includeEmpty: all),
                    Form.select(context, state, name: "category", label: context.t("associations.filter.category"),
                                options: AssociationCategory.allCases.map { Form.Option($0.rawValue, context.t("category.\($0.rawValue)")) },
                                includeEmpty: all),
                    Form.select(context, state, name: "department", label: context.t("inquiries.department"), options: departments, includeEmpty: all)
                ),
                Form.submit(context.t("form.filter"), class: "button button--secondary")
            ),
            .h2(.safe(context.t("consultations.heading.\(status.rawValue)"))),
            .if(items.items.isEmpty, .p(.class("empty"), .safe(context.t("consultations.empty")))),
            .div(.class("card-list"), .forEach(items.items) { $0.render(context, headingLevel: 3) }),
            Pagination.nav(context, items, path: path, query: Self.filterNames.map { ($0, $0 == "status" ? status.rawValue : filters[$0]) }),
            .p(.a(.attr("href", feed), .safe(context.t("consultations.feed")))),
            .p(.a(.href(SiteURL.consultations(.subscribe).path), .safe(context.t("subscriptions.link"))))
        )
    }
}
