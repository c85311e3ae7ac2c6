import Plot
import Domain
import Foundation

/// "Who has joined": every association and department in the agreement, with the date.
public struct LedgerPage: Sendable {
    public struct Entry: Sendable, Hashable {
        public var name: String
        public var link: String?
        public var since: Date

        public init(name: String, link: String?, since: Date) {
            self.name = name
            self.link = link
            self.since = since
        }
    }

    public var departments: [Entry]
    public var associations: Paged<Entry>

    public init(departments: [Entry], associations: Paged<Entry>) {
        self.departments = departments
        self.associations = associations
    }

    public static let mock = LedgerPage(
        departments: [Entry(name: "Kultur- och fritidsförvaltningen", link: nil, since: Date(timeIntervalSince1970: 1_600_000_000))],
        associations: Paged(items: [Entry(name: "Vivalla fotbollsklubb (exempel)", link: "/foreningar/x", since: Date(timeIntervalSince1970: 1_700_000_000))],
                            page: PageRequest(number: 1), total: 1))

    public func render(_ context: PageContext) -> String {
        func rows(_ entries: [Entry]) -> [[Node<HTML.BodyContext>]] {
            entries.map { entry in [
                entry.link.map { .a(.attr("href", $0), .safe(entry.name)) } ?? .safe(entry.name),
                .element(named: "time", nodes: [.attr("datetime", DateText.machine(entry.since)), .safe(context.words.date(entry.since))]),
            ] }
        }
        let headers = [context.t("ledger.name"), context.t("ledger.since")]
        return Layout.render(
            context, title: context.t("ledger.title"),
            .h1(.safe(context.t("ledger.title"))),
            .p(.class("lead"), .safe(context.t("ledger.lead"))),
            .h2(.safe(context.t("ledger.departments", ["count": context.words.number(departments.count)]))),
            DataTable.render(caption: context.t("ledger.departmentsCaption"), headers: headers, rows: rows(departments),
                             emptyText: context.t("ledger.empty")),
            .h2(.safe(context.t("ledger.associations", ["count": context.words.total(associations)]))),
            DataTable.render(caption: context.t("ledger.associationsCaption"), headers: headers, rows: rows(associations.items),
                             emptyText: context.t("ledger.empty")),
            Pagination.nav(context, associations, path: SiteURL.agreement(.ledger).path),
            .p(.a(.href(SiteURL.openData(.associationsCSV).path), .safe(context.t("ledger.openData")))),
            .p(.class("hint"), .safe(context.t("ledger.openDataFormulas")))
        )
    }
}
