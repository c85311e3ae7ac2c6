import Vapor
import Fluent
import FluentSQL
import Domain
import Views

/// Reading events for the list, the page, the calendar and the district pages.
enum EventStore {
    struct Filter: Sendable {
        var district: DistrictID?
        var kind: EventKind?
        var organiser: Party?

        init(district: DistrictID? = nil, kind: EventKind? = nil, organiser: Party? = nil) {
            (self.district, self.kind, self.organiser) = (district, kind, organiser)
        }

        /// From the query string; a value that means nothing is no filter.
        init(_ req: Request) {
            district = DistrictID(req.query[String.self, at: "district"] ?? "")
            kind = EventKind(rawValue: req.query[String.self, at: "kind"] ?? "")
            organiser = (req.query[String.self, at: "association"]).flatMap(AssociationID.init).map(Party.association)
                ?? (req.query[String.self, at: "department"]).flatMap(DepartmentID.init).map(Party.department)
        }
    }

    /// Events not yet over, the next to take place first (a series by its next time; cancelled
    /// ones too, marked, so nobody comes in vain).
    static func coming(_ filter: Filter, now: Date, on db: any Database) -> QueryBuilder<Event> {
        let query = Event.query(on: db).filter(\.$endsAt > now)
        if let district = filter.district { query.filter(\.$districtID == district.uuid) }
        if let kind = filter.kind { query.filter(\.$kind == kind) }
        if let organiser = filter.organiser {
            // Its own, and those it organises with another that it has said yes to.
            query.group(.or) { either in
                either.filter(\.$organiserKey == organiser.description)
                either.group(.and) { $0.filter(\.$coOrganiserKey == organiser.description).filter(\.$coOrganiserStatus == .confirmed) }
            }
        }
        return query.sort(\.$nextStartsAt).sort(\.$id)
    }

    static func find(_ req: Request, slug: String? = nil) async throws -> Event {
        guard let slug = slug ?? req.parameters.get("slug"),
              let event = try await Event.query(on: req.db).filter(\.$slug == slug).first() else { throw Abort(.notFound) }
        return event
    }

    /// With `today`, a repeating event knows its next time.
    static func summaries(_ events: [Event], today: CalendarDay? = nil, on db: any Database) async throws -> [EventSummary] {
        let parties = Array(Set(events.compactMap(\.organiser) + events.compactMap(\.confirmedCoOrganiser)))
        let names = try await ProjectStore.names(parties, on: db)
        let districtIDs = Set(events.compactMap(\.districtID))
        let districts = districtIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await District.query(on: db)
            .filter(\.$id ~~ districtIDs).all().map { ($0.id!, $0.name) })
        return events.map { event in
            var summary = EventSummary(slug: event.slug, title: event.title, kind: event.kind, startDay: CalendarDay(iso: event.startDay) ?? CalendarDay(event.startsAt),
                         startTime: event.startTime.flatMap(ClockTime.init), endDay: CalendarDay(iso: event.endDay) ?? CalendarDay(event.endsAt),
                         endTime: event.endTime.flatMap(ClockTime.init), place: event.placeName, district: event.districtID.flatMap { districts[$0] },
                         isOnline: !event.onlineURL.isEmpty, organiser: event.organiser.flatMap { names[$0]?.name } ?? "",
                         easyRead: event.easyRead, accessibility: event.access, isFree: event.price.isEmpty, isCancelled: event.isCancelled)
            summary.repeats = event.repeats
            summary.coOrganiser = event.confirmedCoOrganiser.flatMap { names[$0]?.name }
            if let today, summary.repeats != nil { summary.next = summary.days.first { $0 >= today } }
            return summary
        }
    }

    /// The event as a calendar entry: its id as the stable UID, the place and address as the location.
    static func entry(_ event: Event, summary: EventSummary, base: String) -> CalendarEntry {
        let location = [event.placeName, event.address, event.onlineURL].filter { !$0.isEmpty }.joined(separator: ", ")
        return CalendarEntry(uid: "\(event.id!.uuidString.lowercased())@samverka", sequence: event.sequence,
                             stamp: event.updatedAt ?? event.createdAt ?? event.startsAt, startDay: summary.startDay, startTime: summary.startTime,
                             endDay: summary.endDay, endTime: summary.endTime, summary: event.title, description: event.easyRead,
                             location: location, url: base + SiteURL.events(.show(.value(event.slug))).path, cancelled: event.isCancelled,
                             repeats: summary.repeats)
    }

    /// "2027-05-22T11:00:00+02:00": the moment with Stockholm's offset then, for structured data and the API.
    static func iso(_ date: Date) -> String {
        let offset = CalendarDay.timeZone.secondsFromGMT(for: date)
        let local = Date(timeIntervalSince1970: date.timeIntervalSince1970 + Double(offset))
        let day = CalendarDay(dayNumber: Int((local.timeIntervalSince1970 / 86_400).rounded(.down)))
        let seconds = Int(local.timeIntervalSince1970) - day.dayNumber * 86_400
        return "\(day)T" + String(format: "%02d:%02d:%02d%@%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60,
                                  offset < 0 ? "-" : "+", abs(offset) / 3600, abs(offset) / 60 % 60)
    }
}

extension EventStore {
    /// Moves each series whose next time has passed on to the one after (run by `Housekeeping`).
    static func refreshSeries(on db: any Database, now: Date) async throws {
        let passed = try await Event.query(on: db).filter(\.$repeatFrequency != nil).filter(\.$endsAt > now)
            .filter(\.$nextStartsAt < CalendarDay(now).start).limit(5_000).all()
        for event in passed {
            event.refreshNext(at: now)
            try await event.update(on: db)
        }
    }

    /// Tells a page being kept (`CacheTrail`) when what it shows of these events stops being true
    /// with no write: an event is over when it ends, and its registration closes.
    static func keepUntilChanged(_ req: Request, _ events: [Event]) {
        guard let trail = req.cacheTrail else { return }
        let moments = events.flatMap { event in
            [event.endsAt] + (event.registration.map { [RegistrationRules.closes($0, starts: event.startsAt)] } ?? [])
        }
        if let first = moments.filter({ $0 > req.now }).min() { trail.changes(at: first) }
    }

    /// A training asks who comes from which department: every department, in the usual order.
    static func departments(for event: Event, on db: any Database) async throws -> [Department]? {
        guard event.kind == .training else { return nil }
        return try await Department.query(on: db).sort(\.$position).sort(\.$name).all()
    }

    /// How long after an event its registrations keep names, addresses and answers.
    static let retention: TimeInterval = 30 * 86_400

    /// Clears the personal data of registrations for events over more than 30 days ago; the
    /// rows stay (confirmed, waiting, attended), so the counts do. Run by `Housekeeping`.
    static func forget(on db: any Database, now: Date) async throws {
        try await EventRegistration.query(on: db).filter(\.$forgottenAt == nil)
            .filter(.sql(embed: "event_id IN (SELECT id FROM events WHERE ends_at < \(bind: now.addingTimeInterval(-retention)))"))
            .set(\.$name, to: "").set(\.$email, to: "").set(\.$answer, to: "").set(\.$forgottenAt, to: now).update()
    }
}
