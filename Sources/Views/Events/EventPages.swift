import Plot
import Domain
import Foundation

/// Events: the list (with a calendar feed), publishing one, one event, changing and cancelling it.
/// `/evenemang/{slug}.ics` is the event page's address with `.ics`: one event for a calendar.
public enum EventsURL: Sendable, Hashable {
    case list
    case new
    case show(Parameter)
    case edit(Parameter)
    case cancel(Parameter)
    /// Registering, for anyone (POST).
    case register(Parameter)
    /// The organiser's list of who registered, with attendance; and registering someone who phoned.
    case registrations(Parameter)
    case registerFor(Parameter)
    /// The link in every registration mail: see it, or give up the place.
    case unregister(Parameter)
    /// Föreningarnas dag: an association signs up to take part, or withdraws (POST, by sign-up id).
    case takePart(Parameter)
    case withdraw(Parameter, Parameter)
    /// The organiser's list of sign-ups, and one sign-up to confirm or decline.
    case participants(Parameter)
    case participant(Parameter, Parameter)
    /// The associations taking part, for everyone; prints as the day's programme.
    case programme(Parameter)
    /// The event on one A4 sheet to print and put up.
    case poster(Parameter)
    /// The organiser invites a co-organiser or takes it off; the invited side answers (POST).
    case coOrganiser(Parameter)
    case coOrganiserAnswer(Parameter)
    case coOrganiserRemove(Parameter)

    public var pathComponents: [String] {
        switch self {
        case .list: return []
        case .new: return ["nytt"]
        case .show(let slug): return [slug.component("slug")]
        case .edit(let slug): return [slug.component("slug"), "andra"]
        case .cancel(let slug): return [slug.component("slug"), "stall-in"]
        case .register(let slug): return [slug.component("slug"), "anmal"]
        case .registrations(let slug): return [slug.component("slug"), "anmalningar"]
        case .registerFor(let slug): return [slug.component("slug"), "anmalningar", "ny"]
        case .unregister(let token): return ["avanmalan", token.component("token")]
        case .takePart(let slug): return [slug.component("slug"), "delta"]
        case .withdraw(let slug, let id): return [slug.component("slug"), "delta", id.component("id")]
        case .participants(let slug): return [slug.component("slug"), "deltagare"]
        case .participant(let slug, let id): return [slug.component("slug"), "deltagare", id.component("id")]
        case .programme(let slug): return [slug.component("slug"), "program"]
        case .poster(let slug): return [slug.component("slug"), "affisch"]
        case .coOrganiser(let slug): return [slug.component("slug"), "medarrangor"]
        case .coOrganiserAnswer(let slug): return [slug.component("slug"), "medarrangor", "svar"]
        case .coOrganiserRemove(let slug): return [slug.component("slug"), "medarrangor", "ta-bort"]
        }
    }

    /// One event for a calendar program.
    public static func calendar(_ slug: String) -> String { SiteURL.events(.show(.value(slug))).path + ".ics" }
}

/// An event in a list: when, what, where, and whether everyone can come.
public struct EventSummary: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var kind: EventKind
    public var startDay: CalendarDay
    public var startTime: ClockTime?
    public var endDay: CalendarDay
    public var endTime: ClockTime?
    /// The place's name, or empty when the event is only online.
    public var place: String
    public var district: String?
    public var isOnline: Bool
    public var organiser: String
    public var easyRead: String
    public var accessibility: [EventAccessibility]
    public var isFree: Bool
    public var isCancelled: Bool
    /// nil: it happens once.
    public var repeats: EventRepeat? = nil
    /// A repeating event's next day (today's included); nil when it does not repeat or is over.
    public var next: CalendarDay? = nil
    /// The co-organiser that has said yes.
    public var coOrganiser: String? = nil

    public init(slug: String, title: String, kind: EventKind, startDay: CalendarDay, startTime: ClockTime?, endDay: CalendarDay,
                endTime: ClockTime?, place: String, district: String?, isOnline: Bool, organiser: String, easyRead: String,
                accessibility: [EventAccessibility], isFree: Bool, isCancelled: Bool) {
        (self.slug, self.title, self.kind, self.startDay, self.startTime, self.endDay, self.endTime) = (slug, title, kind, startDay, startTime, endDay, endTime)
        (self.place, self.district, self.isOnline, self.organiser, self.easyRead) = (place, district, isOnline, organiser, easyRead)
        (self.accessibility, self.isFree, self.isCancelled) = (accessibility, isFree, isCancelled)
    }

    public static let mock = EventSummary(
        slug: "foreningarnas-dag-i-vivalla", title: "Föreningarnas dag i Vivalla", kind: .associationsDay, startDay: CalendarDay(2027, 5, 22),
        startTime: ClockTime(hour: 11, minute: 0), endDay: CalendarDay(2027, 5, 22), endTime: ClockTime(hour: 15, minute: 0),
        place: "Vivalla torg", district: "Vivalla", isOnline: false, organiser: "Kultur- och fritidsförvaltningen",
        easyRead: "Föreningar visar vad de gör. Alla får komma.", accessibility: [.stepFree, .easyRead], isFree: true, isCancelled: false)

    /// "22 maj 2027, 11:00–15:00", "22–23 maj 2027" style: the day (and days) with the times, if any.
    public func when(_ context: PageContext) -> String { when(context.words) }

    public func when(_ words: Wording) -> String {
        if let repeats { return series(repeats, words) }
        var text = words.day(startDay)
        if let startTime { text += ", \(startTime)" }
        if endDay != startDay { text += " – " + words.day(endDay) + (endTime.map { ", \($0)" } ?? "") } else if let endTime { text += "–\(endTime)" }
        return text
    }

    /// When the first time ends.
    public var firstEnds: Date { endTime.map(endDay.at) ?? endDay.end }

    /// The days a repeating event comes, first to last.
    public var days: [CalendarDay] { repeats?.days(from: startDay) ?? [startDay] }

    /// "Varje tisdag, 18:00–20:00, 1 december 2026 – 2 mars 2027".
    func series(_ repeats: EventRepeat, _ words: Wording) -> String {
        var text = repeats.frequency == .weekly ? words.t("events.repeat.weekly", ["weekday": words.t("weekday.\(startDay.weekday)")])
            : words.t("events.repeat.monthly.\(EventRepeat.weekOfMonth(startDay))", ["weekday": words.t("weekday.definite.\(startDay.weekday)")])
        if let startTime, let endTime { text += ", \(startTime)–\(endTime)" }
        return text + ", " + words.day(startDay) + " – " + words.day(days.last ?? startDay)
    }

    public func whereText(_ context: PageContext) -> String { whereText(context.words) }

    /// "Kultur- och fritidsförvaltningen tillsammans med Vivalla boxningsklubb".
    public func organisers(_ context: PageContext) -> String {
        coOrganiser.map { context.t("events.withCoOrganiser", ["organiser": organiser, "coOrganiser": $0]) } ?? organiser
    }

    public func whereText(_ words: Wording) -> String {
        let place = [self.place, district ?? ""].filter { !$0.isEmpty }.joined(separator: ", ")
        return isOnline ? (place.isEmpty ? words.t("events.online") : place + " · " + words.t("events.online")) : place
    }

    public func render(_ context: PageContext, headingLevel: Int = 2) -> Node<HTML.BodyContext> {
        .div(
            .class("entry-point event-card"),
            .element(named: "h\(headingLevel)", nodes: [Node<HTML.BodyContext>.a(.href(SiteURL.events(.show(.value(slug))).path), .safe(title))]),
            .if(isCancelled, .p(.strong(.class("overdue"), .safe(context.t("events.cancelled"))))),
            .p(.class("tag"), .safe(context.t("events.kind.\(kind.rawValue)") + " · " + when(context))),
            .unwrap(next) { .p(.safe(context.t("events.repeat.next", ["date": context.words.day($0)]))) },
            .p(.safe(whereText(context))),
            .p(.safe(easyRead)),
            .p(.class("hint"), .safe(([organisers(context), context.t(isFree ? "events.free" : "events.notFree")]
                + accessibility.map { context.t("events.access.\($0.rawValue)") }).joined(separator: " · ")))
        )
    }
}

/// Coming events, soonest first, filtered by district and kind; with the calendar feed for the same filter.
public struct EventListPage: Sendable {
    public var district: String
    public var kind: String
    public var districts: [Form.Option]
    public var items: Paged<EventSummary>
    public var canPublish: Bool

    public init(district: String, kind: String, districts: [Form.Option], items: Paged<EventSummary>, canPublish: Bool) {
        (self.district, self.kind, self.districts, self.items, self.canPublish) = (district, kind, districts, items, canPublish)
    }

    public static let mock = EventListPage(district: "", kind: "", districts: [Form.Option("d1", "Vivalla")],
                                           items: Paged(items: [.mock], page: PageRequest(number: 1), total: 1), canPublish: true)

    public func render(_ context: PageContext) -> String {
        let path = SiteURL.events(.list).path
        let query = [("district", district), ("kind", kind)]
        let state = FormState(values: ["district": district, "kind": kind])
        return Layout.render(
            context, title: context.t("events.title"),
            .h1(.safe(context.t("events.title"))),
            .p(.class("lead"), .safe(context.t("events.lead"))),
            .if(canPublish, .p(.a(.class("button button--secondary"), .href(SiteURL.events(.new).path), .safe(context.t("events.new"))))),
            Form.get(
                path, class: "filter-form",
                .div(.class("filter-grid"),
                     Form.select(context, state, name: "district", label: context.t("events.field.district"), options: districts,
                                 includeEmpty: context.t("associations.filter.all")),
                     Form.select(context, state, name: "kind", label: context.t("events.field.kind"),
                                 options: EventKind.allCases.map { Form.Option($0.rawValue, context.t("events.kind.\($0.rawValue)")) },
                                 includeEmpty: context.t("associations.filter.all"))),
                Form.submit(context.t("form.filter"), class: "button button--secondary")
            ),
            .p(.a(.href(SiteURL.eventsCalendar.path(query: query)), .safe(context.t("events.calendarFeed"))),
               .span(.class("hint"), .safe(" " + context.t("events.calendarHint")))),
            .h2(.safe(context.t("events.coming", ["total": context.words.total(items)]))),
            .if(items.items.isEmpty, .p(.class("empty"), .safe(context.t("events.empty")))),
            .div(.class("card-list"), .forEach(items.items) { $0.render(context, headingLevel: 3) }),
            Pagination.nav(context, items, path: path, query: query)
        )
    }
}
