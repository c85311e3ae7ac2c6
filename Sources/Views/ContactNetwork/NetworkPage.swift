import Plot
import Domain

/// A department or company in the contact network: its contact people (none is said plainly)
/// and how many of the year's meetings it came to.
public struct NetworkRosterRow: Sendable, Hashable {
    public var department: String
    public var contacts: [String]
    public var attended: Int
    public var held: Int

    public init(department: String, contacts: [String], attended: Int, held: Int) {
        (self.department, self.contacts, self.attended, self.held) = (department, contacts, attended, held)
    }
}

/// `/kontaktnatet`: who the contact person is in each department and company, who has none,
/// the year's attendance, and the meetings, newest first.
public struct NetworkPage: Sendable {
    public var year: Int
    public var roster: [NetworkRosterRow]
    public var meetings: Paged<MeetingItem>
    public var canManage: Bool

    public init(year: Int, roster: [NetworkRosterRow], meetings: Paged<MeetingItem>, canManage: Bool) {
        (self.year, self.roster, self.meetings, self.canManage) = (year, roster, meetings, canManage)
    }

    public static let mock = NetworkPage(
        year: 2026, roster: [NetworkRosterRow(department: "Kultur- och fritidsförvaltningen", contacts: ["Karin Ek"], attended: 3, held: 4),
                             NetworkRosterRow(department: "Tekniska förvaltningen", contacts: [], attended: 0, held: 4)],
        meetings: Paged(items: [MeetingItem(id: "0b8e2c9a-1d2e-4f5a-9b6c-7d8e9f0a1b2c", day: CalendarDay(2026, 10, 7), place: "Stadshuset", present: 9)],
                        page: PageRequest(number: 1), total: 1),
        canManage: true)

    public func render(_ context: PageContext) -> String {
        let missing = roster.filter { $0.contacts.isEmpty }.count
        return Layout.render(
            context, title: context.t("network.title"),
            .h1(.safe(context.t("network.title"))),
            .p(.class("lead"), .safe(context.t("network.lead"))),
            .p(.a(.href(SiteURL.contactNetwork(.commitments).path), .safe(context.t("commitments.link", ["year": String(year)])))),
            .h2(.safe(context.t("network.roster"))),
            .if(missing > 0, .p(.class("notice notice--warning"), .safe(context.t("network.missing", ["count": context.words.number(missing)])))),
            .if(canManage, .p(.a(.href(SiteURL.admin(.users).path), .safe(context.t("network.appoint"))))),
            DataTable.render(
                caption: context.t("network.roster"),
                headers: [context.t("network.department"), context.t("network.contact"), context.t("network.attendance", ["year": String(year)])],
                rows: roster.map { row in
                    [.safe(row.department),
                     row.contacts.isEmpty ? .strong(.safe(context.t("network.noContact"))) : .safe(row.contacts.joined(separator: ", ")),
                     .safe(row.held == 0 ? "–" : context.t("network.attendedOf", ["attended": String(row.attended), "held": String(row.held)]))]
                },
                emptyText: context.t("network.empty")),
            MeetingList.render(context, .network, meetings, canManage: canManage)
        )
    }
}
