import Plot
import Domain

/// What is going on: projects filtered by district, goal, target group, form, status, department
/// and association, with full-text search; the owner's side can start one.
public struct ProjectListPage: Sendable {
    public var filters: [String: String]
    public var items: Paged<ProjectSummary>
    public var options: Options
    /// Whether the viewer may start a project (staff, or a representative of a verified association).
    public var canStart: Bool

    /// The choices of the filters, from the database.
    public struct Options: Sendable {
        public var districts: [Form.Option]
        public var goals: [Form.Option]
        public var departments: [Form.Option]
        public var associations: [Form.Option]

        public init(districts: [Form.Option], goals: [Form.Option], departments: [Form.Option], associations: [Form.Option] = []) {
            self.districts = districts
            self.goals = goals
            self.departments = departments
            self.associations = associations
        }
    }

    public static let filterNames = ["q", "status", "district", "goal", "targetGroup", "form", "department", "association"]

    public init(filters: [String: String], items: Paged<ProjectSummary>, options: Options, canStart: Bool) {
        self.filters = filters
        self.items = items
        self.options = options
        self.canStart = canStart
    }

    public static let mock = ProjectListPage(
        filters: ["status": "ongoing"], items: Paged(items: [.mock], page: PageRequest(number: 1), total: 1),
        options: Options(districts: [Form.Option("d1", "Vivalla")], goals: [Form.Option("4", "4. God utbildning för alla")],
                         departments: [Form.Option("x", "Grundskoleförvaltningen")]), canStart: true)

    public func render(_ context: PageContext) -> String {
        let path = SiteURL.projects(.list).path
        let query = Self.filterNames.map { ($0, filters[$0]) }
        return Layout.render(
            context, title: context.t("projects.title"),
            .h1(.safe(context.t("projects.title"))),
            .p(.class("lead"), .safe(context.t("projects.lead"))),
            .if(canStart, .p(.a(.class("button button--secondary"), .href(SiteURL.projects(.new).path), .safe(context.t("projects.new"))))),
            Self.filterForm(context, path: path, state: FormState(values: filters), options: options),
            .h2(.attr("aria-live", "polite"), .safe(context.t("projects.count", ["count": context.words.number(items.total)]))),
            .if(items.items.isEmpty, .p(.class("empty"), .safe(context.t("projects.empty")))),
            .div(.class("card-list"), .forEach(items.items) { $0.render(context, headingLevel: 3) }),
            Pagination.nav(context, items, path: path, query: query),
            .p(.a(.href(SiteURL.projects(.print).path(query: query)), .safe(context.t("projects.print"))), .safe(" · "),
               .a(.href(SiteURL.projectsFeed.path), .safe(context.t("projects.feed"))))
        )
    }

    static func filterForm(_ context: PageContext, path: String, state: FormState, options: Options) -> Node<HTML.BodyContext> {
        let all = context.t("associations.filter.all")
        return Form.get(
            path, class: "filter-form",
            Form.field(context, state, name: "q", label: context.t("projects.search")),
            .div(
                .class("filter-grid"),
                Form.select(context, state, name: "status", label: context.t("projects.field.status"),
                            options: ProjectStatus.allCases.map { Form.Option($0.rawValue, context.t("projects.status.\($0.rawValue)")) }, includeEmpty: all),
                Form.select(context, state, name: "district", label: context.t("associations.filter.district"), options: options.districts, includeEmpty: all),
                Form.select(context, state, name: "goal", label: context.t("projects.field.goal"), options: options.goals, includeEmpty: all),
                Form.select(context, state, name: "targetGroup", label: context.t("projects.field.targetGroup"),
                            options: TargetGroup.allCases.map { Form.Option($0.rawValue, context.t("targetGroup.\($0.rawValue)")) }, includeEmpty: all),
                Form.select(context, state, name: "form", label: context.t("projects.field.form"),
                            options: LadderStep.allCases.map { Form.Option(String($0.rawValue), context.t("guide.step.\($0.key).name")) },
                            includeEmpty: all),
                Form.select(context, state, name: "department", label: context.t("inquiries.department"), options: options.departments, includeEmpty: all),
                .if(!options.associations.isEmpty,
                    Form.select(context, state, name: "association", label: context.t("projects.field.association"), options: options.associations,
                                includeEmpty: all))
            ),
            Form.submit(context.t("form.filter"), class: "button button--secondary")
        )
    }
}

/// The projects matching the filters as one printable list (at most a few hundred, as the directory's).
public struct ProjectPrintPage: Sendable {
    public var items: [ProjectSummary]
    public var total: Int

    public init(items: [ProjectSummary], total: Int) {
        self.items = items
        self.total = total
    }

    public static let mock = ProjectPrintPage(items: [.mock], total: 1)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("projects.printTitle"),
            .p(.class("breadcrumb"), .a(.href(SiteURL.projects(.list).path), .safe("← " + context.t("projects.title")))),
            .h1(.safe(context.t("projects.printTitle"))),
            .p(.safe(context.t("projects.printCount", ["shown": context.words.number(items.count), "count": context.words.number(total)]))),
            .forEach(items) { item in
                .section(.class("print-item"),
                         .h2(.safe(item.title)),
                         .p(.safe(context.t("projects.status.\(item.status.rawValue)") + (item.period(context.words).map { " · " + $0 } ?? ""))),
                         .p(.safe(item.easyRead)),
                         .p(.class("hint"), .safe(item.partners.map(\.name).joined(separator: ", "))))
            }
        )
    }
}
