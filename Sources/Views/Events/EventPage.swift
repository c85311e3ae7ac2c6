import Plot
import Domain
import Foundation

/// One event: when, where and how to get there, what it offers for access, who organises it and
/// whom to ask; its calendar file; schema.org `Event` data; for its organiser, change and cancel.
public struct EventPage: Sendable {
    public var summary: EventSummary
    public var description: String
    public var address: String
    public var directions: String
    public var onlineURL: String
    public var languages: String
    public var price: String
    public var targetGroups: [TargetGroup]
    public var goals: [Sdg]
    public var contactName: String
    public var contactEmail: String
    /// The event's absolute address, and its start and end with their offset, for the structured data.
    public var url: String
    public var starts: String
    public var ends: String
    /// nil: no registration, people just come.
    public var registration: RegistrationBlock?
    /// A Föreningarnas dag: the associations taking part (confirmed ones); nil for other kinds.
    public var participants: [String]?
    /// A Föreningarnas dag still to come and not cancelled: associations may sign up.
    public var signUpOpen: Bool
    public var canManage: Bool
    /// For the organiser's, the invited side's and the co-organiser's people, while the event is to come.
    public var coOrganiser: CoOrganiserBlock?
    public var form: FormState

    public init(summary: EventSummary, description: String, address: String, directions: String, onlineURL: String, languages: String,
                price: String, targetGroups: [TargetGroup], goals: [Sdg], contactName: String, contactEmail: String, url: String,
                starts: String, ends: String, registration: RegistrationBlock? = nil, participants: [String]? = nil, signUpOpen: Bool = false,
                canManage: Bool, coOrganiser: CoOrganiserBlock? = nil, form: FormState = FormState()) {
        (self.summary, self.description, self.address, self.directions, self.onlineURL) = (summary, description, address, directions, onlineURL)
        (self.languages, self.price, self.targetGroups, self.goals) = (languages, price, targetGroups, goals)
        (self.contactName, self.contactEmail, self.url, self.starts, self.ends) = (contactName, contactEmail, url, starts, ends)
        (self.registration, self.participants, self.signUpOpen, self.canManage, self.form) = (registration, participants, signUpOpen, canManage, form)
        self.coOrganiser = coOrganiser
    }

    public static let mock = EventPage(
        summary: .mock, description: "Ett trettiotal föreningar visar vad de gör, med prova-på, fika och musik.", address: "Vivalla torg 1",
        directions: "Buss 10 till Vivalla centrum.", onlineURL: "", languages: "arabiska, somaliska", price: "", targetGroups: [.everyone],
        goals: [Sdg(11)!], contactName: "Lena Ek", contactEmail: "lena.ek@example.se", url: "https://example.se/evenemang/foreningarnas-dag-i-vivalla",
        starts: "2027-05-22T11:00:00+02:00", ends: "2027-05-22T15:00:00+02:00", registration: .mock,
        participants: ["Vivalla boxningsklubb", "Somaliska kvinnoföreningen"], signUpOpen: true, canManage: true, coOrganiser: .mock)

    public func render(_ context: PageContext) -> String {
        let slug = summary.slug
        return Layout.render(
            context, title: summary.title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.events(.list).path), .safe("← " + context.t("events.title")))),
            .h1(.safe(summary.title)),
            .if(summary.isCancelled, .div(.class("notice notice--warning"), .p(.safe(context.t("events.cancelledLead"))))),
            .p(.class("lead"), .safe(summary.easyRead)),
            .dl(
                .class("summary-list"),
                .dt(.safe(context.t("events.field.kind"))), .dd(.safe(context.t("events.kind.\(summary.kind.rawValue)"))),
                .dt(.safe(context.t("events.when"))), .dd(.safe(summary.when(context))),
                .dt(.safe(context.t("events.where"))),
                .dd(.safe(summary.whereText(context)), .if(!address.isEmpty, .group(.br(), .safe(address))),
                    .if(!onlineURL.isEmpty, .group(.br(), .a(.href(onlineURL), .safe(context.t("events.joinOnline")))))),
                .if(!directions.isEmpty, .group(.dt(.safe(context.t("events.field.directions"))), .dd(.safe(directions)))),
                .dt(.safe(context.t("events.accessibility"))),
                .dd(.safe(summary.accessibility.isEmpty ? context.t("events.accessUnknown")
                    : summary.accessibility.map { context.t("events.access.\($0.rawValue)") }.joined(separator: ", ")),
                    .if(!languages.isEmpty, .group(.br(), .safe(context.t("events.languages", ["languages": languages]))))),
                .dt(.safe(context.t("events.field.price"))), .dd(.safe(price.isEmpty ? context.t("events.free") : price)),
                .if(!targetGroups.isEmpty, .group(.dt(.safe(context.t("projects.field.targetGroups"))),
                                                  .dd(.safe(targetGroups.map { context.t("targetGroup.\($0.rawValue)") }.joined(separator: ", "))))),
                .if(!goals.isEmpty, .group(.dt(.safe(context.t("projects.field.goals"))),
                                           .dd(.safe(context.t("projects.goals", ["goals": goals.map { String($0.number) }.joined(separator: ", ")]))))),
                .dt(.safe(context.t("events.organiser"))), .dd(.safe(summary.organisers(context))),
                .dt(.safe(context.t("projects.field.contactName"))),
                .dd(.safe(contactName), .if(!contactEmail.isEmpty, .group(.safe(", "), .a(.href("mailto:" + contactEmail), .safe(contactEmail)))))
            ),
            .unwrap(summary.repeats) { timesBlock(context, $0) },
            .if(!description.isEmpty, .group(.h2(.safe(context.t("events.field.description"))), .p(.safe(description)))),
            .p(.a(.href(EventsURL.calendar(slug)), .safe(context.t("events.addToCalendar"))),
               .span(.class("hint"), .safe(" " + context.t("events.calendarHint")))),
            .p(.class("no-print"), .a(.href(SiteURL.events(.poster(.value(slug))).path), .safe(context.t("events.poster.link")))),
            JSONLD.script(jsonLD),
            .unwrap(registration) { $0.render(context, slug: slug, form: canManage ? FormState() : form) },
            .unwrap(participants) { participantsBlock(context, $0) },
            .if(canManage, .p(.a(.href(SiteURL.events(.registrations(.value(slug))).path), .safe(context.t("events.registrations.link"))))),
            .if(canManage && !summary.isCancelled, .group(
                .h2(.safe(context.t("events.manage"))),
                .p(.a(.class("button button--secondary"), .href(SiteURL.events(.edit(.value(slug))).path), .safe(context.t("events.edit")))),
                Form.post(
                    context, action: SiteURL.events(.cancel(.value(slug))).path,
                    Form.errorSummary(context, form),
                    .p(.safe(context.t("events.cancelLead"))),
                    Form.submit(context.t("events.cancel"), class: "button button--secondary")
                )
            )),
            .unwrap(coOrganiser) { $0.render(context, slug: slug, organiser: summary.organiser) }
        )
    }

    /// A repeating event: the days still to come, and the days it does not.
    func timesBlock(_ context: PageContext, _ repeats: EventRepeat) -> Node<HTML.BodyContext> {
        let coming = summary.next.map { next in summary.days.filter { $0 >= next } } ?? []
        let skipped = repeats.exceptions.filter { day in summary.next.map { day >= $0 } ?? false }
        return .section(
            .attr("aria-labelledby", "times-heading"),
            .h2(.id("times-heading"), .safe(context.t("events.repeat.times"))),
            .if(coming.isEmpty, .p(.safe(context.t("events.repeat.over")))),
            .if(!coming.isEmpty, .ul(.class("times"), .forEach(coming) { .li(.safe(context.words.day($0))) })),
            .if(!skipped.isEmpty, .p(.safe(context.t("events.repeat.notOn", ["dates": skipped.map(context.words.day).joined(separator: ", ")]))))
        )
    }

    /// A Föreningarnas dag: who takes part, the programme, and how an association signs up.
    func participantsBlock(_ context: PageContext, _ names: [String]) -> Node<HTML.BodyContext> {
        let slug = summary.slug
        return .section(
            .attr("aria-labelledby", "participants-heading"),
            .h2(.id("participants-heading"), .safe(context.t("participation.onPageTitle"))),
            .p(.safe(names.isEmpty ? context.t("participation.none")
                     : context.t(names.count == 1 ? "participation.countOne" : "participation.count", ["count": context.words.number(names.count)]))),
            .if(!names.isEmpty, .ul(.forEach(names.prefix(12)) { .li(.safe($0)) })),
            .if(!names.isEmpty, .p(.a(.href(SiteURL.events(.programme(.value(slug))).path), .safe(context.t("participation.programmeLink"))))),
            .if(signUpOpen, .p(.a(.class("button button--secondary"), .href(SiteURL.events(.takePart(.value(slug))).path),
                                           .safe(context.t("participation.takePartLink"))))),
            .if(canManage, .p(.a(.href(SiteURL.events(.participants(.value(slug))).path), .safe(context.t("participation.participantsLink")))))
        )
    }

    /// schema.org `Event`: the times with their offset, the place with its address or the online link.
    var jsonLD: [String: Any] {
        var object: [String: Any] = [
            "@context": "https://schema.org", "@type": "Event", "name": summary.title, "description": summary.easyRead, "url": url,
            "startDate": starts, "endDate": ends, "isAccessibleForFree": price.isEmpty,
            "eventStatus": "https://schema.org/" + (summary.isCancelled ? "EventCancelled" : "EventScheduled"),
            "organizer": ([summary.organiser] + (summary.coOrganiser.map { [$0] } ?? [])).map { ["@type": "Organization", "name": $0] },
        ]
        var locations: [[String: Any]] = []
        if !summary.place.isEmpty {
            var place: [String: Any] = ["@type": "Place", "name": summary.place]
            if !address.isEmpty { place["address"] = ["@type": "PostalAddress", "streetAddress": address, "addressCountry": "SE"] }
            locations.append(place)
        }
        if !onlineURL.isEmpty { locations.append(["@type": "VirtualLocation", "url": onlineURL]) }
        object["location"] = locations.count == 1 ? locations[0] : locations
        object["eventAttendanceMode"] = "https://schema.org/" + (onlineURL.isEmpty ? "OfflineEventAttendanceMode"
            : summary.place.isEmpty ? "OnlineEventAttendanceMode" : "MixedEventAttendanceMode")
        if let repeats = summary.repeats { object["eventSchedule"] = schedule(repeats) }
        return object
    }

    /// schema.org `Schedule`: how often, on which weekday (and week of the month), from and to, and the days it does not come.
    func schedule(_ repeats: EventRepeat) -> [String: Any] {
        let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
        var schedule: [String: Any] = [
            "@type": "Schedule", "repeatFrequency": repeats.frequency == .weekly ? "P1W" : "P1M", "scheduleTimezone": "Europe/Stockholm",
            "byDay": "https://schema.org/" + weekdays[summary.startDay.weekday - 1], "startDate": summary.startDay.description,
            "endDate": (summary.days.last ?? summary.startDay).description,
        ]
        if repeats.frequency == .monthly { schedule["byMonthWeek"] = EventRepeat.weekOfMonth(summary.startDay) }
        if let start = summary.startTime, let end = summary.endTime { (schedule["startTime"], schedule["endTime"]) = ("\(start):00", "\(end):00") }
        if !repeats.exceptions.isEmpty { schedule["exceptDate"] = repeats.exceptions.map(\.description) }
        return schedule
    }
}
