import Plot
import Domain
import Foundation

/// The facts at the top of every inquiry page: reference, status, who holds it and the promise.
public struct InquirySummary: Sendable, Hashable {
    public var reference: String
    public var topic: InquiryTopic
    public var question: String
    public var status: InquiryStatus
    public var receivedAt: Date
    public var dueOn: CalendarDay
    public var firstAnsweredAt: Date?
    public var closedAt: Date?
    public var outcome: InquiryOutcome?
    public var department: EntryPointCard
    public var association: String?
    public var district: String?
    public var receivedVia: ReceivedVia
    public var rating: Int?

    public init(reference: String, topic: InquiryTopic, question: String, status: InquiryStatus, receivedAt: Date, dueOn: CalendarDay,
                firstAnsweredAt: Date?, closedAt: Date?, outcome: InquiryOutcome?, department: EntryPointCard, association: String?,
                district: String?, receivedVia: ReceivedVia, rating: Int?) {
        self.reference = reference
        self.topic = topic
        self.question = question
        self.status = status
        self.receivedAt = receivedAt
        self.dueOn = dueOn
        self.firstAnsweredAt = firstAnsweredAt
        self.closedAt = closedAt
        self.outcome = outcome
        self.department = department
        self.association = association
        self.district = district
        self.receivedVia = receivedVia
        self.rating = rating
    }

    public static let mock = InquirySummary(
        reference: "SAM-2026-00042", topic: .premises, question: "Vi söker en lokal för läxhjälp två kvällar i veckan.\n\nFinns det något i Vivalla?",
        status: .answered, receivedAt: Date(timeIntervalSince1970: 1_794_812_400), dueOn: CalendarDay(2026, 11, 23),
        firstAnsweredAt: Date(timeIntervalSince1970: 1_794_990_000), closedAt: nil, outcome: nil, department: .mock,
        association: "Läxhjälpen Vivalla", district: "Vivalla", receivedVia: .web, rating: nil)

    public func facts(_ context: PageContext) -> Node<HTML.BodyContext> {
        .dl(
            .class("summary-list"),
            .dt(.safe(context.t("inquiries.reference"))), .dd(.strong(.safe(reference))),
            .dt(.safe(context.t("inquiries.status"))), .dd(.span(.class("status status--\(status.rawValue)"),
                                                                 .safe(context.t("inquiries.status.\(status.rawValue)")))),
            .dt(.safe(context.t("inquiries.field.topic"))), .dd(.safe(context.t("inquiries.topic.\(topic.rawValue)"))),
            .dt(.safe(context.t("inquiries.received"))),
            .dd(.safe(context.words.dateTime(receivedAt)),
                .if(receivedVia != .web, .safe(" (" + context.t("inquiries.via.\(receivedVia.rawValue)") + ")"))),
            .dt(.safe(context.t("inquiries.promise"))),
            .dd(.safe(firstAnsweredAt.map { context.t("inquiries.firstAnswered", ["date": context.words.date($0)]) }
                      ?? context.t("inquiries.answerBy", ["date": Self.day(dueOn, context)]))),
            .unwrap(association) { .group(.dt(.safe(context.t("inquiries.field.association"))), .dd(.safe($0))) },
            .unwrap(district) { .group(.dt(.safe(context.t("inquiries.field.district"))), .dd(.safe($0))) },
            .unwrap(closedAt) { closed in
                .group(.dt(.safe(context.t("inquiries.closed"))),
                       .dd(.safe(context.words.date(closed)),
                           .unwrap(outcome) { .safe(" – " + context.t("inquiries.outcome.\($0.rawValue)")) }))
            }
        )
    }

    public func questionBlock(_ context: PageContext) -> Node<HTML.BodyContext> {
        .group(.h2(.safe(context.t("inquiries.question"))), .div(.class("user-text"), .safe(question)))
    }

    /// "23 november 2026" for a calendar day.
    public static func day(_ day: CalendarDay, _ context: PageContext) -> String {
        "\(day.day) \(context.t("month.\(day.month)")) \(day.year)"
    }
}

/// One line of an inquiry's history, ready to show.
public struct InquiryTimelineEntry: Sendable, Hashable {
    public var at: Date
    public var kind: String
    public var isPublic: Bool
    public var author: String
    public var body: String
    public var fromDepartment: String?
    public var toDepartment: String?

    public init(at: Date, kind: String, isPublic: Bool, author: String, body: String, fromDepartment: String?, toDepartment: String?) {
        self.at = at
        self.kind = kind
        self.isPublic = isPublic
        self.author = author
        self.body = body
        self.fromDepartment = fromDepartment
        self.toDepartment = toDepartment
    }

    public static let mocks = [
        InquiryTimelineEntry(at: Date(timeIntervalSince1970: 1_794_812_400), kind: "received", isPublic: true, author: "Kim",
                             body: "", fromDepartment: nil, toDepartment: "Kommunstyrelseförvaltningen"),
        InquiryTimelineEntry(at: Date(timeIntervalSince1970: 1_794_900_000), kind: "transfer", isPublic: true, author: "Handläggare",
                             body: "Lokaler hyrs ut av kultur och fritid.", fromDepartment: "Kommunstyrelseförvaltningen",
                             toDepartment: "Kultur- och fritidsförvaltningen"),
        InquiryTimelineEntry(at: Date(timeIntervalSince1970: 1_794_990_000), kind: "reply", isPublic: true, author: "Handläggare",
                             body: "Hej! Fritidsgården i Vivalla har lediga tider på tisdagar.", fromDepartment: nil, toDepartment: nil),
        InquiryTimelineEntry(at: Date(timeIntervalSince1970: 1_794_990_100), kind: "note", isPublic: false, author: "Handläggare",
                             body: "Ringde fritidsgården, de bekräftar.", fromDepartment: nil, toDepartment: nil),
    ]

    static func list(_ context: PageContext, _ entries: [InquiryTimelineEntry]) -> Node<HTML.BodyContext> {
        .ol(.class("timeline"), .forEach(entries) { entry in
            .li(
                .class(entry.isPublic ? "timeline__item timeline__item--\(entry.kind)" : "timeline__item timeline__item--internal"),
                .p(.class("timeline__meta"),
                   .element(named: "time", nodes: [.attr("datetime", DateText.machine(entry.at)), .safe(context.words.dateTime(entry.at))]),
                   .safe(" · " + context.t("inquiries.entry.\(entry.kind)", ["from": entry.fromDepartment ?? "", "to": entry.toDepartment ?? ""])),
                   .if(!entry.author.isEmpty, .safe(" · " + entry.author)),
                   .if(!entry.isPublic, .strong(.safe(" · " + context.t("inquiries.internal"))))),
                .if(!entry.body.isEmpty, .div(.class("user-text"), .safe(entry.body)))
            )
        })
    }
}
