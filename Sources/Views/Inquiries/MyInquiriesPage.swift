import Plot
import Domain
import Foundation

/// The inquiries a signed-in person sent, for themselves or for their associations.
public struct MyInquiriesPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var reference: String
        public var topic: InquiryTopic
        public var status: InquiryStatus
        public var receivedAt: Date
        public var department: String
        public var association: String?

        public init(reference: String, topic: InquiryTopic, status: InquiryStatus, receivedAt: Date, department: String, association: String?) {
            self.reference = reference
            self.topic = topic
            self.status = status
            self.receivedAt = receivedAt
            self.department = department
            self.association = association
        }
    }

    public var rows: Paged<Row>

    public init(rows: Paged<Row>) {
        self.rows = rows
    }

    public static let mock = MyInquiriesPage(rows: Paged(items: [
        Row(reference: "SAM-2026-00042", topic: .premises, status: .answered, receivedAt: Date(timeIntervalSince1970: 1_794_812_400),
            department: "Kultur- och fritidsförvaltningen", association: "Läxhjälpen Vivalla"),
    ], page: PageRequest(number: 1), total: 1))

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("inquiries.mine.title"),
            .h1(.safe(context.t("inquiries.mine.title"))),
            .p(.a(.class("button"), .href(SiteURL.inquiries(.ask).path), .safe(context.t("inquiries.ask.title")))),
            DataTable.render(
                caption: context.t("inquiries.mine.caption", ["total": context.words.total(rows)]),
                headers: [context.t("inquiries.reference"), context.t("inquiries.field.topic"), context.t("inquiries.status"),
                          context.t("inquiries.received"), context.t("inquiries.department"), context.t("inquiries.field.association")],
                rows: rows.items.map { row in [
                    .a(.href(SiteURL.inquiries(.show(.reference(.value(row.reference)))).path), .safe(row.reference)),
                    .safe(context.t("inquiries.topic.\(row.topic.rawValue)")),
                    .safe(context.t("inquiries.status.\(row.status.rawValue)")),
                    .safe(context.words.date(row.receivedAt)),
                    .safe(row.department),
                    .safe(row.association ?? "–"),
                ] },
                emptyText: context.t("inquiries.mine.empty")),
            Pagination.nav(context, rows, path: SiteURL.inquiries(.mine).path)
        )
    }
}
