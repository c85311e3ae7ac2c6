import Plot
import Domain

/// The public directory: search, filters and an order that never favours the big or loud.
public struct DirectoryPage: Sendable {
    public struct Filters: Sendable, Hashable {
        public var query: String
        public var category: String
        public var district: String
        public var targetGroup: String
        public var competence: String
        public var joinedOnly: Bool

        public init(query: String = "", category: String = "", district: String = "", targetGroup: String = "",
                    competence: String = "", joinedOnly: Bool = false) {
            self.query = query
            self.category = category
            self.district = district
            self.targetGroup = targetGroup
            self.competence = competence
            self.joinedOnly = joinedOnly
        }

        public var queryItems: [(String, String?)] {
            [("q", query), ("category", category), ("district", district), ("group", targetGroup),
             ("competence", competence), ("joined", joinedOnly ? "on" : nil)]
        }

        var formState: FormState {
            FormState(values: ["q": query, "category": category, "district": district, "group": targetGroup,
                               "competence": competence, "joined": joinedOnly ? "on" : ""])
        }
    }

    public var filters: Filters
    public var districts: [Form.Option]
    public var results: Paged<AssociationSummary>

    public init(filters: Filters, districts: [Form.Option], results: Paged<AssociationSummary>) {
        self.filters = filters
        self.districts = districts
        self.results = results
    }

    public static let mock = DirectoryPage(
        filters: Filters(query: "fotboll"), districts: [Form.Option("d1", "Vivalla")],
        results: Paged(items: [.mock], page: PageRequest(number: 1), total: 1))

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("associations.directory.title"),
            .h1(.safe(context.t("associations.directory.title"))),
            .p(.class("lead"), .safe(context.t("associations.directory.lead"))),
            DirectoryFilters.form(context, filters, districts: districts, action: SiteURL.associations(.directory).path),
            .h2(.id("results"), .safe(context.t("associations.directory.results", ["total": context.words.total(results)]))),
            .p(.class("hint"), .safe(context.t("associations.directory.order"))),
            .if(results.items.isEmpty, .p(.class("empty"), .safe(context.t("associations.directory.empty")))),
            .div(.class("card-list card-list--wide"), .forEach(results.items) { $0.render(context) }),
            Pagination.nav(context, results, path: SiteURL.associations(.directory).path, query: filters.queryItems),
            .ul(
                .class("link-list"),
                .li(.a(.attr("href", SiteURL.associations(.printList).path(query: filters.queryItems)), .safe(context.t("associations.directory.printList")))),
                .li(.a(.href(SiteURL.agreement(.ledger).path), .safe(context.t("associations.directory.ledger")))),
                .li(.a(.href(SiteURL.associations(.new).path), .safe(context.t("associations.directory.register"))))
            )
        )
    }
}

/// The search and filter form, shared by the directory and its printable list.
enum DirectoryFilters {
    static func form(_ context: PageContext, _ filters: DirectoryPage.Filters, districts: [Form.Option], action: String) -> Node<HTML.BodyContext> {
        let state = filters.formState
        return Form.get(
            action, class: "filter-form",
            Form.field(context, state, name: "q", label: context.t("associations.filter.query"),
                       hint: context.t("associations.filter.queryHint")),
            .div(
                .class("filter-grid"),
                Form.select(context, state, name: "category", label: context.t("associations.filter.category"),
                            options: AssociationCategory.allCases.map { Form.Option($0.rawValue, context.t("category.\($0.rawValue)")) },
                            includeEmpty: context.t("associations.filter.all")),
                Form.select(context, state, name: "district", label: context.t("associations.filter.district"),
                            options: districts, includeEmpty: context.t("associations.filter.all")),
                Form.select(context, state, name: "group", label: context.t("associations.filter.targetGroup"),
                            options: TargetGroup.allCases.map { Form.Option($0.rawValue, context.t("targetGroup.\($0.rawValue)")) },
                            includeEmpty: context.t("associations.filter.all")),
                Form.field(context, state, name: "competence", label: context.t("associations.filter.competence"),
                           hint: context.t("associations.filter.competenceHint"))
            ),
            Form.checkbox(state, name: "joined", label: context.t("associations.filter.joined")),
            Form.submit(context.t("form.search"))
        )
    }
}
