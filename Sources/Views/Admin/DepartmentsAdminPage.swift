import Plot
import Domain
import Foundation

/// The departments and municipal companies with their entry points, for the admin to keep current.
public struct DepartmentsAdminPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var id: DepartmentID
        public var name: String
        public var isCompany: Bool
        public var email: String
        public var isCoordinator: Bool

        public init(id: DepartmentID, name: String, isCompany: Bool, email: String, isCoordinator: Bool) {
            self.id = id
            self.name = name
            self.isCompany = isCompany
            self.email = email
            self.isCoordinator = isCoordinator
        }
    }

    public var departments: Paged<Row>

    public init(departments: Paged<Row>) {
        self.departments = departments
    }

    public static let mock = DepartmentsAdminPage(departments: Paged(items: [
        Row(id: .make(), name: "Kommunstyrelseförvaltningen", isCompany: false, email: "ks@example.se", isCoordinator: true),
    ], page: PageRequest(number: 1), total: 1))

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("admin.departments.title"),
            .p(.a(.href(SiteURL.admin(.dashboard).path), .safe("← " + context.t("admin.title")))),
            .h1(.safe(context.t("admin.departments.title"))),
            .p(.a(.class("button button--secondary"), .href(SiteURL.admin(.newDepartment).path), .safe(context.t("admin.departments.new")))),
            DataTable.render(
                caption: context.t("admin.departments.caption"),
                headers: [context.t("admin.department.name"), context.t("admin.department.kind"),
                          context.t("departments.email"), context.t("admin.department.coordinator")],
                rows: departments.items.map { row in [
                    .a(.href(SiteURL.admin(.department(.id(row.id))).path), .safe(row.name)),
                    .safe(context.t(row.isCompany ? "departments.kind.company" : "departments.kind.department")),
                    .safe(row.email),
                    .safe(row.isCoordinator ? context.t("common.yes") : ""),
                ] },
                emptyText: context.t("admin.departments.empty")
            ),
            Pagination.nav(context, departments, path: SiteURL.admin(.departments).path)
        )
    }
}
