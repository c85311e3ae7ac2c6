import Plot
import Domain
import Foundation

/// The outbox: every mail the platform has queued, with its delivery state.
public struct MailLogPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var id: MailID
        public var createdAt: Date
        public var to: String
        public var subject: String
        public var status: String
        public var attempts: Int

        public init(id: MailID, createdAt: Date, to: String, subject: String, status: String, attempts: Int) {
            self.id = id
            self.createdAt = createdAt
            self.to = to
            self.subject = subject
            self.status = status
            self.attempts = attempts
        }
    }

    public var statusFilter: String
    public var statuses: [String]
    public var mails: Paged<Row>

    public init(statusFilter: String, statuses: [String], mails: Paged<Row>) {
        self.statusFilter = statusFilter
        self.statuses = statuses
        self.mails = mails
    }

    public static let mock = MailLogPage(statusFilter: "", statuses: ["pending", "sent", "failed"], mails: Paged(items: [
        Row(id: .make(), createdAt: Date(timeIntervalSince1970: 1_790_000_000), to: "a@example.se",
            subject: "Bekräfta din e-postadress", status: "pending", attempts: 0),
    ], page: PageRequest(number: 1), total: 1))

    public func render(_ context: PageContext) -> String {
        let filter = FormState(values: ["status": statusFilter])
        return Layout.render(
            context, title: context.t("admin.mail.title"),
            .p(.a(.href(SiteURL.admin(.dashboard).path), .safe("← " + context.t("admin.title")))),
            .h1(.safe(context.t("admin.mail.title"))),
            .p(.safe(context.t("admin.mail.lead"))),
            Form.get(
                SiteURL.admin(.mailLog).path, class: "filter-form",
                Form.select(context, filter, name: "status", label: context.t("admin.mail.status"),
                            options: statuses.map { Form.Option($0, context.t("mail.status.\($0)")) },
                            includeEmpty: context.t("admin.mail.allStatuses")),
                Form.submit(context.t("form.filter"), class: "button button--secondary")
            ),
            DataTable.render(
                caption: context.t("admin.mail.caption", ["total": context.words.total(mails)]),
                headers: [context.t("admin.mail.created"), context.t("admin.mail.to"), context.t("admin.mail.subject"),
                          context.t("admin.mail.status"), context.t("admin.mail.attempts")],
                rows: mails.items.map { row in [
                    .safe(context.words.dateTime(row.createdAt)),
                    .safe(row.to),
                    .a(.href(SiteURL.admin(.mail(.id(row.id))).path), .safe(row.subject)),
                    .safe(context.t("mail.status.\(row.status)")),
                    .safe(context.words.number(row.attempts)),
                ] },
                emptyText: context.t("admin.mail.empty")
            ),
            Pagination.nav(context, mails, path: SiteURL.admin(.mailLog).path, query: [("status", statusFilter)])
        )
    }
}

/// One queued mail as it will be (or was) sent.
public struct MailShowPage: Sendable {
    public var row: MailLogPage.Row
    public var body: String
    public var lastError: String?
    public var sentAt: Date?

    public init(row: MailLogPage.Row, body: String, lastError: String?, sentAt: Date?) {
        self.row = row
        self.body = body
        self.lastError = lastError
        self.sentAt = sentAt
    }

    public static let mock = MailShowPage(row: MailLogPage.mock.mails.items[0], body: "Hej!\n\nKlicka på länken.", lastError: nil, sentAt: nil)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: row.subject,
            .p(.a(.href(SiteURL.admin(.mailLog).path), .safe("← " + context.t("admin.mail.title")))),
            .h1(.safe(row.subject)),
            .dl(
                .class("summary-list"),
                .dt(.safe(context.t("admin.mail.to"))), .dd(.safe(row.to)),
                .dt(.safe(context.t("admin.mail.status"))), .dd(.safe(context.t("mail.status.\(row.status)"))),
                .dt(.safe(context.t("admin.mail.attempts"))), .dd(.safe(context.words.number(row.attempts))),
                .dt(.safe(context.t("admin.mail.created"))), .dd(.safe(context.words.dateTime(row.createdAt))),
                .unwrap(sentAt) { .group(.dt(.safe(context.t("admin.mail.sent"))), .dd(.safe(context.words.dateTime($0)))) },
                .unwrap(lastError) { .group(.dt(.safe(context.t("admin.mail.lastError"))), .dd(.safe($0))) }
            ),
            .h2(.safe(context.t("admin.mail.body"))),
            .p(.class("hint"), .safe(context.t("admin.mail.secretsHidden"))),
            .pre(.class("mail-body"), .safe(body))
        )
    }
}
