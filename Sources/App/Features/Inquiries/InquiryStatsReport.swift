import Vapor
import Fluent
import SQLKit
import Domain

/// One year's inquiry statistics, overall and per department.
struct InquiryStatsReport: Sendable {
    struct Department: Sendable {
        var id: UUID
        var name: String
        var statistics: InquiryStatistics
    }

    var year: Int
    var years: [Int]
    var overall: InquiryStatistics
    var departments: [Department]

    private struct Row: Decodable {
        var received_at: Date
        var due_at: Date
        var first_answered_at: Date?
        var rating: Int?
    }

    /// Reads the four dates and the rating of a year's inquiries one department at a time (the
    /// (year, department) index serves each read) and folds them into counts as they come: at
    /// national scale a year is some 450 000 rows; reading them at once, and keeping them as
    /// facts, took the server from 45 MB to over 400 MB.
    static func make(year: Int, on db: any Database, now: Date) async throws -> InquiryStatsReport {
        let sql = db as! any SQLDatabase
        let today = CalendarDay(now)
        let departments = try await App.Department.query(on: db).sort(\.$position).sort(\.$name).all()
        var overall = InquiryStatistics.Accumulator(today: today)
        var perDepartment: [Department] = []
        for department in departments {
            var figures = InquiryStatistics.Accumulator(today: today)
            for row in try await sql.select().columns("received_at", "due_at", "first_answered_at", "rating")
                .from(Inquiry.schema).where("year", .equal, year).where("department_id", .equal, department.id!)
                .all(decoding: Row.self) {
                let fact = InquiryStatistics.Fact(
                    receivedOn: CalendarDay(row.received_at), dueOn: CalendarDay(row.due_at.addingTimeInterval(-1)),
                    firstAnsweredOn: row.first_answered_at.map(CalendarDay.init), rating: row.rating)
                figures.add(fact)
                overall.add(fact)
            }
            if figures.statistics.count > 0 {
                perDepartment.append(Department(id: department.id!, name: department.name, statistics: figures.statistics))
            }
        }
        let current = today.year
        let first = try await Inquiry.query(on: db).min(\.$year) ?? current
        return InquiryStatsReport(year: year, years: Array(max(2000, min(first, current))...current).reversed(),
                                  overall: overall.statistics, departments: perDepartment)
    }
}

/// Reports kept under the content version they were computed at (see `VersionedCache`).
typealias InquiryStatsCache = VersionedCache<Int, InquiryStatsReport>

extension VersionedCache where Key == Int, Value == InquiryStatsReport {
    func report(year: Int, app: Application, on db: any Database, now: Date) async throws -> InquiryStatsReport {
        try await value(year, app: app, on: db, now: now) { try await InquiryStatsReport.make(year: year, on: db, now: now) }
    }
}
