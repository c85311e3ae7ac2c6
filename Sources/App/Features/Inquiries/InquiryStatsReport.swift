import Vapor
import Fluent
import SQLKit
import Domain
import NIOConcurrencyHelpers

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
        var department_id: UUID
        var received_at: Date
        var due_at: Date
        var first_answered_at: Date?
        var rating: Int?
    }

    /// Reads the five columns the arithmetic needs, a year at a time, into plain values: at
    /// national scale a year is some hundred thousand rows, too many to load as models.
    static func make(year: Int, on db: any Database, now: Date) async throws -> InquiryStatsReport {
        let sql = db as! any SQLDatabase
        let rows = try await sql.select().columns("department_id", "received_at", "due_at", "first_answered_at", "rating")
            .from(Inquiry.schema).where("year", .equal, year).all(decoding: Row.self)
        let today = CalendarDay(now)
        func fact(_ row: Row) -> InquiryStatistics.Fact {
            .init(receivedOn: CalendarDay(row.received_at), dueOn: CalendarDay(row.due_at.addingTimeInterval(-1)),
                  firstAnsweredOn: row.first_answered_at.map(CalendarDay.init), rating: row.rating)
        }
        let grouped = Dictionary(grouping: rows, by: \.department_id)
        let departments = try await App.Department.query(on: db).sort(\.$position).sort(\.$name).all()
        let current = today.year
        let first = try await Inquiry.query(on: db).min(\.$year) ?? current
        return InquiryStatsReport(
            year: year, years: Array(max(2000, min(first, current))...current).reversed(),
            overall: InquiryStatistics(rows.map(fact), today: today),
            departments: departments.compactMap { department in
                grouped[department.id!].map { Department(id: department.id!, name: department.name,
                                                         statistics: InquiryStatistics($0.map(fact), today: today)) }
            })
    }
}

/// Reports kept under the content version they were computed at: any write anywhere retires
/// them, and between writes every visitor and API client gets the same figures for free.
final class InquiryStatsCache: Sendable {
    private let reports = NIOLockedValueBox<[Int: (version: Int, day: CalendarDay, report: InquiryStatsReport)]>([:])

    func report(year: Int, app: Application, on db: any Database, now: Date) async throws -> InquiryStatsReport {
        let version = try await app.contentVersion.current(on: db)
        let today = CalendarDay(now)
        if let kept = reports.withLockedValue({ $0[year] }), kept.version == version, kept.day == today { return kept.report }
        let report = try await InquiryStatsReport.make(year: year, on: db, now: now)
        reports.withLockedValue { $0[year] = (version, today, report) }
        return report
    }
}
