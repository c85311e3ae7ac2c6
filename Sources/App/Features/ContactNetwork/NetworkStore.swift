import Vapor
import Fluent
import SQLKit
import Domain

/// The contact network's counts: meetings held in a year and each department's attendance at
/// them — one grouped statement, for the roster and the follow-up.
enum NetworkStore {
    struct Attendance: Sendable {
        /// Meetings held in the year up to today.
        var held: Int
        /// Department → how many of those it came to.
        var attended: [UUID: Int]
    }

    static func attendance(year: Int, today: CalendarDay, on db: any Database) async throws -> Attendance {
        let sql = db as! any SQLDatabase
        let first = CalendarDay(year, 1, 1).description, last = min(today, CalendarDay(year, 12, 31)).description
        let held = try await NetworkMeeting.query(on: db).filter(\.$day >= first).filter(\.$day <= last).count()
        let rows = try await sql.raw("""
            SELECT a.department_id AS d, COUNT(*) AS n FROM \(ident: NetworkMeeting.schema) m
            JOIN \(ident: NetworkAttendance.schema) a ON a.meeting_id = m.id
            WHERE m.day >= \(bind: first) AND m.day <= \(bind: last) GROUP BY a.department_id
            """).all()
        return Attendance(held: held, attended: Dictionary(uniqueKeysWithValues: try rows.map {
            (try $0.decode(column: "d", as: UUID.self), try $0.count("n"))
        }))
    }
}
