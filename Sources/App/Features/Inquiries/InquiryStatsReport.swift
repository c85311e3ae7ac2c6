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

    /// Streams the four dates and the rating of a year's inquiries, row by row, into compact
    /// facts per department: at national scale a year is some hundred thousand rows, and
    /// buffering them as driver rows first took hundreds of megabytes.
    static func make(year: Int, on db: any Database, now: Date) async throws -> InquiryStatsReport {
        let sql = db as! any SQLDatabase
        let collected = NIOLockedValueBox<[UUID: [InquiryStatistics.Fact]]>([:])
        let failure = NIOLockedValueBox<(any Error)?>(nil)
        try await sql.select().columns("department_id", "received_at", "due_at", "first_answered_at", "rating")
            .from(Inquiry.schema).where("year", .equal, year).run { row in
                do {
                    let fact = InquiryStatistics.Fact(
                        receivedOn: CalendarDay(try row.decode(column: "received_at", as: Date.self)),
                        dueOn: CalendarDay(try row.decode(column: "due_at", as: Date.self).addingTimeInterval(-1)),
                        firstAnsweredOn: try row.decode(column: "first_answered_at", as: Date?.self).map(CalendarDay.init),
                        rating: try row.decode(column: "rating", as: Int?.self))
                    let department = try row.decode(column: "department_id", as: UUID.self)
                    collected.withLockedValue { $0[department, default: []].append(fact) }
                } catch {
                    failure.withLockedValue { $0 = $0 ?? error }
                }
            }
        if let error = failure.withLockedValue({ $0 }) { throw error }
        let grouped = collected.withLockedValue { $0 }
        let today = CalendarDay(now)
        let departments = try await App.Department.query(on: db).sort(\.$position).sort(\.$name).all()
        let current = today.year
        let first = try await Inquiry.query(on: db).min(\.$year) ?? current
        return InquiryStatsReport(
            year: year, years: Array(max(2000, min(first, current))...current).reversed(),
            overall: InquiryStatistics(grouped.values.flatMap { $0 }, today: today),
            departments: departments.compactMap { department in
                grouped[department.id!].map { Department(id: department.id!, name: department.name,
                                                         statistics: InquiryStatistics($0, today: today)) }
            })
    }
}

/// Reports kept under the content version they were computed at (see `VersionedCache`).
typealias InquiryStatsCache = VersionedCache<Int, InquiryStatsReport>

extension VersionedCache where Key == Int, Value == InquiryStatsReport {
    func report(year: Int, app: Application, on db: any Database, now: Date) async throws -> InquiryStatsReport {
        try await value(year, app: app, on: db, now: now) { try await InquiryStatsReport.make(year: year, on: db, now: now) }
    }
}
