import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// Events as JSON: coming ones (or those in a span of days), by district and kind, soonest first.
/// An unknown kind or district is a 400 naming the parameter.
struct EventsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.events), .everyone, use: list)
        routes.get(.api(.event(.key)), .everyone, use: one)
    }

    struct RegistrationDTO: Content {
        var open: Bool
        @NullEncoded var capacity: Int?
        @NullEncoded var remaining: Int?
        var waitingList: Int
    }

    struct OrganiserDTO: Content {
        var name: String
        var kind: String
    }

    /// A repeating event: how often, its last day, the days it does not come, and the next time.
    struct RepeatDTO: Content {
        var frequency: String
        var last: String
        var except: [String]
        @NullEncoded var next: String?
    }

    struct ItemDTO: Content {
        var id: UUID
        var slug: String
        var title: String
        var kind: String
        var starts: String
        var ends: String
        var allDay: Bool
        @NullEncoded var district: String?
        var place: String
        var online: Bool
        var accessibility: [String]
        var free: Bool
        var cancelled: Bool
        @NullEncoded var registration: RegistrationDTO?
        /// nil: it happens once; `starts` and `ends` are its first time.
        @NullEncoded var repeats: RepeatDTO?
        var organisers: [OrganiserDTO]
        var url: String
    }

    typealias ListDTO = APIPage<ItemDTO>

    @Sendable func list(_ req: Request) async throws -> ListDTO {
        let query = APIQuery(req: req)
        var filter = EventStore.Filter()
        filter.kind = try query.choice("kind", EventKind.self)
        filter.district = try await ProjectsAPIController.district(query, on: req.db)
        let from = try Self.day(query, "from")?.start ?? req.now
        let to = try Self.day(query, "to")?.end
        let page = try query.page()
        func rows() -> QueryBuilder<Event> {
            let rows = EventStore.coming(filter, now: from, on: req.db)
            if let to { rows.filter(\.$startsAt < to) }
            return rows
        }
        let total = try await rows().count()
        let events = try await rows().range(page.offset..<(page.offset + page.size)).all()
        _ = try req.checked(Paged(items: events, page: page, total: total))
        return ListDTO(items: try await Self.items(events, req: req), page: page.number, per: page.size, total: total)
    }

    @Sendable func one(_ req: Request) async throws -> ItemDTO {
        guard let raw = req.parameters.get("id"), let id = UUID(uuidString: raw) else { throw APIError(.badRequest, "id must be an event id", field: "id") }
        guard let event = try await Event.find(id, on: req.db) else { throw APIError(.notFound, "no such event") }
        return try await Self.items([event], req: req)[0]
    }

    static func day(_ query: APIQuery, _ name: String) throws -> CalendarDay? {
        guard let raw = try query.string(name, max: 10) else { return nil }
        guard let day = CalendarDay(iso: raw) else { throw APIError(.badRequest, "\(name) must be a date like 2026-12-03", field: name) }
        return day
    }

    static func items(_ events: [Event], req: Request) async throws -> [ItemDTO] {
        let summaries = try await EventStore.summaries(events, today: CalendarDay(req.now), on: req.db)
        EventStore.keepUntilChanged(req, events)
        let counts = try await EventStore.registrationCounts(events.compactMap(\.id), on: req.db)
        let districts = Dictionary(uniqueKeysWithValues: try await District.query(on: req.db).all().map { ($0.id!, $0.slug) })
        let base = req.application.baseAddress
        return zip(events, summaries).map { event, summary in
            let count = counts[event.id!] ?? [:]
            let confirmed = count[.confirmed] ?? 0
            let registration = event.registration.map { settings in
                RegistrationDTO(open: (try? RegistrationRules.register(on: RegistrationState(settings: settings, isCancelled: event.isCancelled,
                                                                                               starts: event.startsAt, confirmed: confirmed),
                                                                        alreadyRegistered: false, at: req.now).get()) != nil,
                                capacity: settings.capacity, remaining: settings.capacity.map { max(0, $0 - confirmed) },
                                waitingList: count[.waiting] ?? 0)
            }
            func kind(_ party: Party?) -> String { if case .association = party { return "association" } else { return "department" } }
            let repeats = summary.repeats.map { rule in
                RepeatDTO(frequency: rule.frequency.rawValue, last: (summary.days.last ?? summary.startDay).description,
                          except: rule.exceptions.map(\.description), next: summary.next.map { EventStore.iso(summary.startTime.map($0.at) ?? $0.start) })
            }
            return ItemDTO(id: event.id!, slug: event.slug, title: event.title, kind: event.kind.rawValue, starts: EventStore.iso(event.startsAt),
                           ends: EventStore.iso(summary.firstEnds), allDay: event.startTime == nil, district: event.districtID.flatMap { districts[$0] },
                           place: event.placeName, online: !event.onlineURL.isEmpty, accessibility: event.access.map(\.rawValue),
                           free: event.price.isEmpty, cancelled: event.isCancelled, registration: registration, repeats: repeats,
                           organisers: [OrganiserDTO(name: summary.organiser, kind: kind(event.organiser))]
                               + (summary.coOrganiser.map { [OrganiserDTO(name: $0, kind: kind(event.confirmedCoOrganiser))] } ?? []),
                           url: base + SiteURL.events(.show(.value(event.slug))).path)
        }
    }
}

extension EventStore {
    /// How many registrations of each status these events have, in one grouped statement.
    static func registrationCounts(_ ids: [UUID], on db: any Database) async throws -> [UUID: [RegistrationStatus: Int]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await (db as! any SQLDatabase).select().column("event_id").column("status").column(SQL.count, as: "n")
            .from(EventRegistration.schema).where("event_id", .in, ids).groupBy("event_id").groupBy("status").all()
        var counts: [UUID: [RegistrationStatus: Int]] = [:]
        for row in rows {
            guard let status = RegistrationStatus(rawValue: try row.decode(column: "status", as: String.self)) else { continue }
            counts[try row.decode(column: "event_id", as: UUID.self), default: [:]][status] = try row.decode(column: "n", as: Int.self)
        }
        return counts
    }
}

extension EventsAPIController.RegistrationDTO: APIObject {
    static let schemaName = "EventRegistration"
    static var example: Self { .init(open: true, capacity: 30, remaining: 4, waitingList: 0) }
    static var refinements: [String: JSONSchema] {
        ["capacity": .nullable(.integer(minimum: 1)), "remaining": .nullable(.integer(minimum: 0)), "waitingList": .integer(minimum: 0)]
    }
}

extension EventsAPIController.OrganiserDTO: APIObject {
    static let schemaName = "EventOrganiser"
    static var example: Self { .init(name: "Kultur- och fritidsförvaltningen", kind: "department") }
    static var refinements: [String: JSONSchema] { ["kind": .string(values: ["association", "department"])] }
}

extension EventsAPIController.RepeatDTO: APIObject {
    static let schemaName = "EventRepeat"
    static var example: Self { .init(frequency: "weekly", last: "2027-03-02", except: ["2026-12-29"], next: "2026-12-08T18:00:00+01:00") }
    static var refinements: [String: JSONSchema] {
        ["frequency": .values(RepeatFrequency.self), "last": .string(format: "date"), "except": .array(.string(format: "date")),
         "next": .nullable(.string(format: "date-time"))]
    }
}

extension EventsAPIController.ItemDTO: APIObject {
    static let schemaName = "Event"
    static var example: Self {
        .init(id: UUID(), slug: "foreningarnas-dag-i-vivalla", title: "Föreningarnas dag i Vivalla", kind: "associationsDay",
              starts: "2027-05-22T11:00:00+02:00", ends: "2027-05-22T15:00:00+02:00", allDay: false, district: "vivalla", place: "Vivalla torg",
              online: false, accessibility: ["stepFree"], free: true, cancelled: false, registration: .example, repeats: .example, organisers: [.example],
              url: "https://example.se/evenemang/foreningarnas-dag-i-vivalla")
    }
    static var refinements: [String: JSONSchema] {
        ["kind": .values(EventKind.self), "starts": .string(format: "date-time"), "ends": .string(format: "date-time"),
         "accessibility": .array(.values(EventAccessibility.self))]
    }
}
