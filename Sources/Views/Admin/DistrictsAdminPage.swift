import Plot
import Domain
import Foundation

/// Districts and villages: the places associations work in and consultations concern.
public struct DistrictsAdminPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var id: DistrictID
        public var name: String
        public var isVillage: Bool

        public init(id: DistrictID, name: String, isVillage: Bool) {
            self.id = id
            self.name = name
            self.isVillage = isVillage
        }
    }

    public var districts: Paged<Row>

    public init(districts: Paged<Row>) {
        self.districts = districts
    }

    public static let mock = DistrictsAdminPage(districts: Paged(items: [Row(id: .make(), name: "Vivalla", isVillage: false)],
                                                                   page: PageRequest(number: 1), total: 1))

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("admin.districts.title"),
            .p(.a(.href(SiteURL.admin(.dashboard).path), .safe("← " + context.t("admin.title")))),
            .h1(.safe(context.t("admin.districts.title"))),
            .p(.a(.class("button button--secondary"), .href(SiteURL.admin(.newDistrict).path), .safe(context.t("admin.districts.new")))),
            DataTable.render(
                caption: context.t("admin.districts.caption"),
                headers: [context.t("admin.district.name"), context.t("admin.district.kind")],
                rows: districts.items.map { row in [
                    .a(.href(SiteURL.admin(.district(.id(row.id))).path), .safe(row.name)),
                    .safe(context.t(row.isVillage ? "districts.kind.village" : "districts.kind.district")),
                ] },
                emptyText: context.t("admin.districts.empty")
            ),
            Pagination.nav(context, districts, path: SiteURL.admin(.districts).path)
        )
    }
}

/// Add or rename a district.
public struct DistrictEditPage: Sendable {
    public var id: DistrictID?
    public var form: FormState

    public init(id: DistrictID?, form: FormState) {
        self.id = id
        self.form = form
    }

    public static let mock = DistrictEditPage(id: nil, form: FormState(values: ["kind": "district"]))

    public func render(_ context: PageContext) -> String {
        let action = id.map { SiteURL.admin(.district(.id($0))).path } ?? SiteURL.admin(.newDistrict).path
        let title = id == nil ? context.t("admin.districts.new") : context.t("admin.district.title", ["name": form["name"]])
        return Layout.render(
            context, title: title,
            .p(.a(.href(SiteURL.admin(.districts).path), .safe("← " + context.t("admin.districts.title")))),
            .h1(.safe(title)),
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "name", label: context.t("admin.district.name"), required: true),
                Form.select(context, form, name: "kind", label: context.t("admin.district.kind"), options: [
                    Form.Option("district", context.t("districts.kind.district")),
                    Form.Option("village", context.t("districts.kind.village")),
                ]),
                Form.submit(context.t("form.save"))
            )
        )
    }
}
