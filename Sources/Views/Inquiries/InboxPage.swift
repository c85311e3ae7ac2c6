import Plot
import Domain
import Foundation

/// A department's inquiries for its entry-point handlers: filter, see what is overdue, open one.
public struct InboxPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var reference: String
        public var topic: InquiryTopic
        public var status: InquiryStatus
        public var receivedAt: Date
        public var dueOn: CalendarDay
        public var isOverdue: Bool
        public var assignee: String?
        public var department: String
        /// The question's first line, shortened: enough to know which one it is.
        public var firstLine: String

        public init(reference: String, topic: InquiryTopic, status: InquiryStatus, receivedAt: Date, dueOn: CalendarDay,
                    isOverdue: Bool, assignee: String?, department: String, firstLine: String) {
            self.reference = reference
            self.topic = topic
            self.status = status
            self.receivedAt = receivedAt
            self.dueOn = dueOn
            self.isOverdue = isOverdue
            self.assignee = assignee
            self.department = department
            self.firstLine = firstLine
        }
    }

    /// The filters as typed, kept in the links of the pagination.
    public var filters: [String: String]
    public var rows: Paged<Row>
    /// For admins: every department, to look at one inbox at a time. Empty for handlers.
    public var departments: [Form.Option]
    public var overdueCount: Int

    public static let filterNames = ["reference", "scope", "status", "topic", "age", "overdue", "mine", "department"]
    /// The status filter's value for what waits for the department; the inbox opens on it.
    public static let needsAction = "action"

    public static func firstLine(of question: String) -> String {
        let line = question.split(whereSeparator: \.isNewline).first.map(String.init)?.trimmingWhitespace() ?? ""
        return line.count > 90 ? String(line.prefix(88)).trimmingWhitespace() + "…" : line
    }

    public init(filters: [String: String], rows: Paged<Row>, departments: [Form.Option] = [], overdueCount: Int) {
        self.filters = filters
        self.rows = rows
        self.departments = departments
        self.overdueCount = overdueCount
    }

    public static let mock = InboxPage(filters: ["status": needsAction], rows: Paged(items: [
        Row(reference: "SAM-2026-00042", topic: .premises, status: .received, receivedAt: Date(timeIntervalSince1970: 1_794_812_400),
            dueOn: CalendarDay(2026, 11, 23), isOverdue: true, assignee: nil, department: "Kultur- och fritidsförvaltningen",
            firstLine: "Finns det en lokal för läxhjälp på tisdagar?"),
    ], page: PageRequest(number: 1), total: 1), departments: [Form.Option("d1", "Kultur- och fritidsförvaltningen")], overdueCount: 1)

    public func render(_ context: PageContext) -> String {
        let state = FormState(values: filters)
        let path = SiteURL.staff(.inbox).path
        let statuses = [Form.Option(Self.needsAction, context.t("inquiries.filter.needsAction")), Form.Option("open", context.t("inquiries.filter.open"))]
            + InquiryStatus.allCases.map { Form.Option($0.rawValue, context.t("inquiries.status.\($0.rawValue)")) }
        return Layout.render(
            context, title: context.t("inquiries.inbox.title"),
            .h1(.safe(context.t("inquiries.inbox.title"))),
            .p(.class("lead"), .safe(context.t("inquiries.inbox.lead"))),
            .if(overdueCount > 0, .div(.class("notice notice--warning"),
                                       .p(.a(.href(SiteURL.withQuery(path, [("overdue", "on")])),
                                             .safe(context.t("inquiries.inbox.overdueCount", ["count": context.words.number(overdueCount)])))))),
            .p(.a(.class("button button--secondary"), .href(SiteURL.staff(.newInquiry).path), .safe(context.t("inquiries.register.title")))),
            Form.get(
                path, class: "filter-form",
                // A person calling quotes their reference: found directly, whatever its status.
                Form.field(context, state, name: "reference", label: context.t("inquiries.filter.reference"),
                           hint: context.t("inquiries.filter.referenceHint")),
                .div(
                    .class("filter-grid"),
                    Form.select(context, state, name: "scope", label: context.t("inquiries.filter.scope"), options: [
                        Form.Option("ours", context.t("inquiries.filter.ours")),
                        Form.Option("transferred", context.t("inquiries.filter.transferred")),
                        Form.Option("council", context.t("inquiries.filter.council")),
                    ]),
                    Form.select(context, state, name: "status", label: context.t("inquiries.status"), options: statuses,
                                includeEmpty: context.t("associations.filter.all")),
                    Form.select(context, state, name: "topic", label: context.t("inquiries.field.topic"),
                                options: InquiryTopic.allCases.map { Form.Option($0.rawValue, context.t("inquiries.topic.\($0.rawValue)")) },
                                includeEmpty: context.t("associations.filter.all")),
                    Form.select(context, state, name: "age", label: context.t("inquiries.filter.age"),
                                options: ["7", "14", "30"].map { Form.Option($0, context.t("inquiries.filter.olderThan", ["days": $0])) },
                                includeEmpty: context.t("associations.filter.all")),
                    .if(!departments.isEmpty, Form.select(context, state, name: "department", label: context.t("inquiries.department"),
                                                          options: departments, includeEmpty: context.t("associations.filter.all")))
                ),
                Form.checkbox(state, name: "overdue", label: context.t("inquiries.filter.overdue")),
                Form.checkbox(state, name: "mine", label: context.t("inquiries.filter.mine")),
                Form.submit(context.t("form.filter"), class: "button button--secondary")
            ),
            DataTable.render(
                caption: context.t("inquiries.inbox.caption", ["total": context.words.total(rows)]),
                headers: [context.t("inquiries.reference"), context.t("inquiries.inbox.question"), context.t("inquiries.field.topic"), context.t("inquiries.status"),
                          context.t("inquiries.received"), context.t("inquiries.due"), context.t("inquiries.assignee"),
                          context.t("inquiries.department")],
                rows: rows.items.map { row in [
                    .a(.href(SiteURL.staff(.inquiry(.value(row.reference))).path), .safe(row.reference)),
                    .text(row.firstLine),
                    .safe(context.t("inquiries.topic.\(row.topic.rawValue)")),
                    .safe(context.t("inquiries.status.\(row.status.rawValue)")),
                    .safe(context.words.date(row.receivedAt)),
                    row.isOverdue
                        ? .strong(.class("overdue"), .safe(context.t("inquiries.overdueSince", ["date": context.words.day(row.dueOn)])))
                        : .safe(context.words.day(row.dueOn)),
                    .safe(row.assignee ?? context.t("inquiries.unassigned")),
                    .safe(row.department),
                ] },
                emptyText: context.t("inquiries.inbox.empty")),
            Pagination.nav(context, rows, path: path, query: Self.filterNames.map { ($0, filters[$0]) })
        )
    }
}
