import Plot
import Domain

/// Everything the municipality offers associations, filterable by kind, category, department and
/// ladder step. Printable: the print style leaves out the filters.
public struct SupportCataloguePage: Sendable {
    public var filters: [String: String]
    public var offerings: Paged<SupportCard>
    public var departments: [Form.Option]

    public static let filterNames = ["kind", "category", "department", "step"]

    public init(filters: [String: String], offerings: Paged<SupportCard>, departments: [Form.Option]) {
        self.filters = filters
        self.offerings = offerings
        self.departments = departments
    }

    public static let mock = SupportCataloguePage(filters: ["kind": "grant"], offerings: Paged(items: [.mock], page: PageRequest(number: 1), total: 1),
                                                  departments: [Form.Option("d1", "Kultur- och fritidsförvaltningen")])

    public func render(_ context: PageContext) -> String {
        let state = FormState(values: filters)
        let path = SiteURL.support(.catalogue).path
        let all = context.t("associations.filter.all")
        return Layout.render(
            context, title: context.t("support.title"),
            .h1(.safe(context.t("support.title"))),
            .p(.class("lead"), .safe(context.t("support.lead"))),
            .p(.a(.class("button"), .href(SiteURL.guide.path), .safe(context.t("guide.start")))),
            .if(context.viewer?.canUseStaffArea == true, .p(.a(.href(SiteURL.staff(.supportList).path), .safe(context.t("nav.staffSupport"))))),
            Form.get(
                path, class: "filter-form",
                .div(
                    .class("filter-grid"),
                    Form.select(context, state, name: "kind", label: context.t("support.field.kind"),
                                options: SupportKind.allCases.map { Form.Option($0.rawValue, context.t("support.kind.\($0.rawValue)")) },
                                includeEmpty: all),
                    Form.select(context, state, name: "category", label: context.t("associations.filter.category"),
                                options: AssociationCategory.allCases.map { Form.Option($0.rawValue, context.t("category.\($0.rawValue)")) },
                                includeEmpty: all),
                    Form.select(context, state, name: "department", label: context.t("inquiries.department"), options: departments,
                                includeEmpty: all),
                    Form.select(context, state, name: "step", label: context.t("support.field.step"),
                                options: LadderStep.allCases.map { Form.Option(String($0.rawValue), context.t("guide.step.\($0.key).name")) },
                                includeEmpty: all)
                ),
                Form.submit(context.t("form.filter"), class: "button button--secondary")
            ),
            .p(.safe(context.t("support.count", ["total": context.words.total(offerings)]))),
            .if(offerings.items.isEmpty, .p(.class("empty"), .safe(context.t("support.empty")))),
            .div(.class("card-list"), .forEach(offerings.items) { $0.render(context, headingLevel: 2) }),
            Pagination.nav(context, offerings, path: path, query: Self.filterNames.map { ($0, filters[$0]) })
        )
    }
}
