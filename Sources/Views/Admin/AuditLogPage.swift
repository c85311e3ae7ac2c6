import Plot
import Domain
import Foundation

/// Who changed what and when, newest first, filterable by action and by the thing changed.
public struct AuditLogPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var at: Date
        public var actor: String
        public var action: String
        public var entityType: String
        public var entityID: String
        public var summary: String

        public init(at: Date, actor: String, action: String, entityType: String, entityID: String, summary: String) {
            self.at = at
            self.actor = actor
            self.action = action
            self.entityType = entityType
            self.entityID = entityID
            self.summary = summary
        }
    }

    public var actionFilter: String
    public var entityFilter: String
    public var entries: Paged<Row>

    public init(actionFilter: String, entityFilter: String, entries: Paged<Row>) {
        self.actionFilter = actionFilter
        self.entityFilter = entityFilter
        self.entries = entries
    }

    public static let mock = AuditLogPage(actionFilter: "", entityFilter: "", entries: Paged(items: [
        Row(at: Date(timeIntervalSince1970: 1_790_000_000), actor: "admin@example.se", action: "user.roles",
            entityType: "user", entityID: "3f2a9c1e-0b7d-4e52-9a61-2c8d4f0e7b15", summary: "role: member → staff"),
    ], page: PageRequest(number: 1), total: 1))

    public func render(_ context: PageContext) -> String {
        let filters = FormState(values: ["action": actionFilter, "entity": entityFilter])
        return Layout.render(
            context, title: context.t("admin.audit.title"),
            .p(.a(.href(SiteURL.admin(.dashboard).path), .safe("← " + context.t("admin.title")))),
            .h1(.safe(context.t("admin.audit.title"))),
            Form.get(
                SiteURL.admin(.auditLog).path, class: "filter-form",
                Form.field(context, filters, name: "action", label: context.t("admin.audit.action"), hint: context.t("admin.audit.actionHint")),
                Form.field(context, filters, name: "entity", label: context.t("admin.audit.entity"), hint: context.t("admin.audit.entityHint")),
                Form.submit(context.t("form.filter"), class: "button button--secondary")
            ),
            DataTable.render(
                caption: context.t("admin.audit.caption", ["total": context.words.total(entries)]),
                headers: [context.t("admin.audit.when"), context.t("admin.audit.who"), context.t("admin.audit.action"),
                          context.t("admin.audit.entity"), context.t("admin.audit.summary")],
                rows: entries.items.map { row in [
                    .element(named: "time", nodes: [.attr("datetime", DateText.machine(row.at)), .safe(context.words.dateTime(row.at))]),
                    .safe(row.actor), Self.named(context, "audit.action.", row.action, code: row.action),
                    Self.named(context, "audit.entity.", row.entityType, code: "\(row.entityType) \(row.entityID.prefix(8))"), .safe(row.summary),
                ] },
                emptyText: context.t("admin.audit.empty")
            ),
            Pagination.nav(context, entries, path: SiteURL.admin(.auditLog).path,
                           query: [("action", actionFilter), ("entity", entityFilter)])
        )
    }

    /// What a code means in words, with the code itself below it (it is what the filter takes);
    /// a code the catalog does not know is shown as it is.
    static func named(_ context: PageContext, _ prefix: String, _ key: String, code: String) -> Node<HTML.BodyContext> {
        guard context.words.catalog.has(prefix + key) else { return .code(.text(code)) }
        return .group(.text(context.t(prefix + key)), .br(), .small(.code(.text(code))))
    }
}
