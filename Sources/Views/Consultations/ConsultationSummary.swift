import Plot
import Domain
import Foundation

/// A consultation in a list or feed: what, from whom, and where it stands in time.
public struct ConsultationSummary: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var caseNumber: String
    public var department: String
    public var easyRead: String
    public var status: ConsultationStatus
    public var dates: ConsultationDates
    public var daysLeft: Int?
    public var districts: [String]
    public var updatedAt: Date

    public init(slug: String, title: String, caseNumber: String, department: String, easyRead: String, status: ConsultationStatus,
                dates: ConsultationDates, daysLeft: Int?, districts: [String], updatedAt: Date) {
        self.slug = slug
        self.title = title
        self.caseNumber = caseNumber
        self.department = department
        self.easyRead = easyRead
        self.status = status
        self.dates = dates
        self.daysLeft = daysLeft
        self.districts = districts
        self.updatedAt = updatedAt
    }

    public static let mock = ConsultationSummary(
        slug: "detaljplan-bettorp", title: "Detaljplan för Bettorp", caseNumber: "SBN 2026/118", department: "Stadsbyggnadsförvaltningen",
        easyRead: "Kommunen vill bygga bostäder i Bettorp. Vad tycker ni?", status: .open,
        dates: ConsultationDates(announced: CalendarDay(2026, 10, 1), opens: CalendarDay(2026, 11, 2), closes: CalendarDay(2026, 12, 11)),
        daysLeft: 16, districts: ["Bettorp"], updatedAt: Date(timeIntervalSince1970: 1_794_812_400))

    /// "Open until 11 december 2026 (16 days left)", "Opens 2 november 2026", …
    public func when(_ words: Wording) -> String {
        let day = words.day
        switch status {
        case .planned: return words.t("consultations.when.planned", ["opens": day(dates.opens), "closes": day(dates.closes)])
        case .open: return words.t("consultations.when.open", ["closes": day(dates.closes), "days": words.number(daysLeft ?? 0)])
        case .closed: return words.t("consultations.when.closed", ["closes": day(dates.closes)])
        case .compiled: return words.t("consultations.when.compiled", ["closes": day(dates.closes)])
        }
    }

    public func render(_ context: PageContext, headingLevel: Int = 2) -> Node<HTML.BodyContext> {
        .div(
            .class("entry-point consultation-card"),
            .element(named: "h\(headingLevel)", nodes: [Node<HTML.BodyContext>.a(.href(SiteURL.consultations(.show(.value(slug))).path), .safe(title))]),
            .p(.class("tag"), .safe(context.t("consultations.status.\(status.rawValue)"))),
            .p(.strong(.safe(when(context.words)))),
            .p(.safe(easyRead)),
            .p(.class("hint"), .safe(([department, caseNumber] + (districts.isEmpty ? [] : [districts.joined(separator: ", ")])).joined(separator: " · ")))
        )
    }
}
