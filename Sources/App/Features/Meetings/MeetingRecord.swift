import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// A body's meeting as stored: the contact network's and the council's share these columns and
/// differ in whom attendance names, which the conforming model says.
package protocol MeetingRecord: Model, AnyObject where IDValue == UUID {
    associatedtype Attendee: Hashable & Sendable & LosslessStringConvertible
    static var body: MeetingBody { get }
    /// The audit log's entity type, e.g. `network_meeting`; its actions are `<body>.meeting[.update]`.
    static var entityType: String { get }
    /// The table of who came: `meeting_id` and the attendee's column.
    static var attendanceSchema: String { get }
    static var attendeeColumn: String { get }

    var day: String { get set }
    var place: String { get set }
    var agenda: String { get set }
    var minutes: String { get set }
    var createdAt: Date? { get }

    init()

    /// Everyone who could come, in the order the pages list them.
    static func attendees(on db: any Database) async throws -> [(id: Attendee, name: String)]
}

extension MeetingRecord {
    package func apply(_ draft: MeetingDraft<Attendee>) {
        (day, place, agenda, minutes) = (draft.day.description, draft.place, draft.agenda, draft.minutes)
    }

    package var calendarDay: CalendarDay { CalendarDay(iso: day) ?? CalendarDay(createdAt ?? Date()) }

    /// Replaces who came to a meeting, inside the change that saves it.
    static func record(_ present: Set<Attendee>, at meeting: UUID, on db: any Database) async throws {
        let sql = db as! any SQLDatabase
        try await sql.delete(from: attendanceSchema).where("meeting_id", .equal, meeting).run()
        guard !present.isEmpty else { return }
        let rows = present.sorted { $0.description < $1.description }.compactMap { UUID(uuidString: $0.description) }
            .map { [SQLBind(UUID()), SQLBind(meeting), SQLBind($0)] as [any SQLExpression] }
        try await sql.insert(into: attendanceSchema).columns("id", "meeting_id", attendeeColumn).rows(rows).run()
    }

    static func present(at meeting: UUID, on db: any Database) async throws -> Set<Attendee> {
        let rows = try await (db as! any SQLDatabase).select().column(attendeeColumn).from(attendanceSchema).where("meeting_id", .equal, meeting).all()
        return Set(try rows.compactMap { Attendee(try $0.decode(column: attendeeColumn, as: UUID.self).uuidString) })
    }

    /// How many came to each of these meetings, in one grouped statement.
    static func presentCounts(_ ids: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await (db as! any SQLDatabase).select().column("meeting_id").column(SQL.count, as: "n").from(attendanceSchema)
            .where("meeting_id", .in, ids).groupBy("meeting_id").all()
        return Dictionary(uniqueKeysWithValues: try rows.map { (try $0.decode(column: "meeting_id", as: UUID.self), try $0.count("n")) })
    }

    /// A page of meetings, newest first, as the body's page lists them.
    static func list(_ req: Request) async throws -> Paged<MeetingItem> {
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let total = try await Self.query(on: req.db).count()
        let meetings = try await Self.query(on: req.db).sort(FieldKey("day"), .descending).sort(FieldKey("id"))
            .range(page.offset..<(page.offset + page.size)).all()
        let present = try await presentCounts(meetings.compactMap(\.id), on: req.db)
        return try req.paged(items: meetings.map { MeetingItem(id: $0.id!.uuidString.lowercased(), day: $0.calendarDay, place: $0.place,
                                                                present: present[$0.id!] ?? 0) },
                             page: page, total: total)
    }
}
