import Plot
import Domain

/// The directory as a compact table for paper (N19): name, where, contact, joined.
public struct PrintListPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var name: String
        public var districts: [String]
        public var contact: String
        public var joinedSince: String?

        public init(name: String, districts: [String], contact: String, joinedSince: String?) {
            self.name = name
            self.districts = districts
            self.contact = contact
            self.joinedSince = joinedSince
        }
    }

    public var filters: DirectoryPage.Filters
    public var districts: [Form.Option]
    public var rows: Paged<Row>

    public init(filters: DirectoryPage.Filters, districts: [Form.Option], rows: Paged<Row>) {
        self.filters = filters
        self.districts = districts
        self.rows = rows
    }

    public static let mock = PrintListPage(filters: .init(), districts: [], rows: Paged(items: [
        Row(name: "Vivalla fotbollsklubb (exempel)", districts: ["Vivalla"], contact: "info@example.org", joinedSince: "1 mars 2024"),
    ], page: PageRequest(number: 1), total: 1))

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("associations.print.title"),
            .h1(.safe(context.t("associations.print.title"))),
            .p(.class("screen-only"), .safe(context.t("associations.print.lead"))),
            .p(.class("screen-only"), .a(.attr("href", SiteURL.associations(.directory).path(query: filters.queryItems)),
                                           .safe(context.t("associations.print.back")))),
            DataTable.render(
                caption: context.t("associations.directory.results", ["total": context.words.total(rows)]),
                headers: [context.t("associations.field.name"), context.t("associations.field.districts"),
                          context.t("associations.field.contact"), context.t("associations.field.joined")],
                rows: rows.items.map { row in [
                    .safe(row.name), .safe(row.districts.joined(separator: ", ")), .safe(row.contact),
                    .safe(row.joinedSince ?? context.t("common.no")),
                ] },
                emptyText: context.t("associations.directory.empty")),
            Pagination.nav(context, rows, path: SiteURL.associations(.printList).path, query: filters.queryItems)
        )
    }
}
