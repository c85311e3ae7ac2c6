import Vapor
import Fluent
import Domain

/// One year's inquiry statistics, overall and per department.
struct InquiryStatsReport: Sendable {
    package struct Department: Sendable {
        package var id: UUID
        package var name: String
        package var statistics: InquiryStatistics
    }

    var year: Int
    var years: [Int]
    var overall: InquiryStatistics
    var departments: [Department]

    /// From the counts the changes keep (`InquiryCounts`): a sum over the year's rows, however
    /// many inquiries there are. Departments without inquiries that year are left out.
    static func make(year: Int, on db: any Database, now: Date) async throws -> InquiryStatsReport {
        let today = CalendarDay(now)
        let counts = try await InquiryCounts.year(year, on: db)
        let departments = try await App.Department.query(on: db).sort(\.$position).sort(\.$name).all()
        var overall: [InquiryStatistics.Counter: Int] = [:]
        var perDepartment: [Department] = []
        for department in departments {
            guard let own = counts[department.id!] else { continue }
            overall.merge(own, uniquingKeysWith: +)
            let statistics = InquiryStatistics(counts: own, today: today)
            if statistics.count > 0 { perDepartment.append(Department(id: department.id!, name: department.name, statistics: statistics)) }
        }
        let current = today.year
        let first = try await InquiryCounts.firstYear(on: db) ?? current
        return InquiryStatsReport(year: year, years: Array(max(2000, min(first, current))...current).reversed(),
                                  overall: InquiryStatistics(counts: overall, today: today), departments: perDepartment)
    }
}

/// Reports kept until an inquiry or a department changes (see `VersionedCache`).
typealias InquiryStatsCache = VersionedCache<Int, InquiryStatsReport>

extension VersionedCache where Key == Int, Value == InquiryStatsReport {
    func report(year: Int, for req: Request) async throws -> InquiryStatsReport {
        try await value(year, for: req) { [db = req.db, now = req.now] in try await InquiryStatsReport.make(year: year, on: db, now: now) }
    }
}
