import Plot
import Domain
import Foundation

/// All accounts, searchable by name or e-mail, one page at a time.
public struct UsersPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var id: UserID
        public var displayName: String
        public var email: String
        public var roleKey: String
        public var departmentName: String?
        public var confirmed: Bool

        public init(id: UserID, displayName: String, email: String, roleKey: String, departmentName: String?, confirmed: Bool) {
            self.id = id
            self.displayName = displayName
            self.email = email
            self.roleKey = roleKey
            self.departmentName = departmentName
            self.confirmed = confirmed
        }
    }

    public var query: String
    public var users: Paged<Row>

    public init(query: String, users: Paged<Row>) {
        self.query = query
        self.users = users
    }

    public static let mock = UsersPage(query: "", users: Paged(items: [
        Row(id: .make(), displayName: "Handläggare", email: "h@example.se", roleKey: "role.staff",
            departmentName: "Socialförvaltningen", confirmed: true),
    ], page: PageRequest(number: 1), total: 1))

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("admin.users.title"),
            .h1(.safe(context.t("admin.users.title"))),
            Form.get(
                SiteURL.admin(.users).path, class: "search-form",
                Form.field(context, FormState(values: ["q": query]), name: "q", label: context.t("admin.users.search")),
                Form.submit(context.t("form.search"), class: "button button--secondary")
            ),
            DataTable.render(
                caption: context.t("admin.users.caption", ["total": context.words.total(users)]),
                headers: [context.t("accounts.field.displayName"), context.t("accounts.field.email"),
                          context.t("accounts.overview.role"), context.t("accounts.overview.department"),
                          context.t("admin.users.confirmed")],
                rows: users.items.map { row in [
                    .a(.href(SiteURL.admin(.user(.id(row.id))).path), .safe(row.displayName)),
                    .safe(row.email),
                    .safe(context.t(row.roleKey)),
                    .safe(row.departmentName ?? "–"),
                    .safe(context.t(row.confirmed ? "common.yes" : "common.no")),
                ] },
                emptyText: context.t("admin.users.empty")
            ),
            Pagination.nav(context, users, path: SiteURL.admin(.users).path, query: [("q", query)])
        )
    }
}
