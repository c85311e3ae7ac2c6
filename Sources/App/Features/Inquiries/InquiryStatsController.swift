import Vapor
import Fluent
import Domain
import Views

/// The public statistics of inquiries per year, as a page and as JSON.
struct InquiryStatsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.inquiries(.statistics), .everyone, use: page)
        routes.get(.api(.inquiryStatistics), .everyone, use: api)
    }

    struct Report: Sendable {
        var year: Int
        var years: [Int]
        var overall: InquiryStatistics
        var departments: [(id: UUID, name: String, statistics: InquiryStatistics)]
    }

    /// One year's figures. Reads only the columns the arithmetic needs, a year at a time.
    static func report(year: Int, on db: any Database, now: Date) async throws -> Report {
        let rows = try await Inquiry.query(on: db).filter(\.$year == year)
            .field(\.$id).field(\.$department.$id).field(\.$receivedAt).field(\.$dueAt).field(\.$firstAnsweredAt).field(\.$rating)
            .all()
        let today = CalendarDay(now)
        func fact(_ inquiry: Inquiry) -> InquiryStatistics.Fact {
            .init(receivedOn: CalendarDay(inquiry.receivedAt), dueOn: inquiry.dueOn, firstAnsweredOn: inquiry.firstAnsweredAt.map(CalendarDay.init),
                  rating: inquiry.rating)
        }
        let departments = try await Department.query(on: db).sort(\.$position).sort(\.$name).all()
        let grouped = Dictionary(grouping: rows) { $0.$department.id }
        let current = CalendarDay(now).year
        let first = try await Inquiry.query(on: db).min(\.$year) ?? current
        return Report(
            year: year, years: Array(max(2000, min(first, current))...current).reversed(),
            overall: InquiryStatistics(rows.map(fact), today: today),
            departments: departments.compactMap { department in
                grouped[department.id!].map { (department.id!, department.name, InquiryStatistics($0.map(fact), today: today)) }
            })
    }

    static func year(_ req: Request) throws -> Int {
        let current = CalendarDay(req.now).year
        guard let text = req.query[String.self, at: "year"] else { return current }
        guard let year = Int(text), (2000...9999).contains(year) else {
            throw APIError(.badRequest, "year must be a year from 2000 to 9999", field: "year")
        }
        return year
    }

    @Sendable func page(_ req: Request) async throws -> Response {
        let current = CalendarDay(req.now).year
        let year = min((try? Self.year(req)) ?? current, current)
        let report = try await Self.report(year: year, on: req.db, now: req.now)
        let page = InquiryStatsPage(year: report.year, years: report.years, overall: report.overall,
                                    departments: report.departments.map { .init(department: $0.name, statistics: $0.statistics) })
        return req.html(page.render(try await req.page()))
    }

    struct FiguresDTO: Content {
        var inquiries: Int
        var answered: Int
        @NullEncoded var medianWorkingDaysToFirstAnswer: Double?
        @NullEncoded var shareAnsweredWithinPromise: Double?
        var ratings: Int
        @NullEncoded var averageRating: Double?

        init(_ statistics: InquiryStatistics) {
            inquiries = statistics.count
            answered = statistics.answered
            medianWorkingDaysToFirstAnswer = statistics.medianWorkingDaysToAnswer
            shareAnsweredWithinPromise = statistics.shareAnsweredInTime
            ratings = statistics.ratings
            averageRating = statistics.averageRating
        }
    }

    struct DepartmentFiguresDTO: Content {
        var id: UUID
        var name: String
        var figures: FiguresDTO
    }

    struct ReportDTO: Content {
        var year: Int
        var overall: FiguresDTO
        var departments: [DepartmentFiguresDTO]
    }

    @Sendable func api(_ req: Request) async throws -> ReportDTO {
        let report = try await Self.report(year: try Self.year(req), on: req.db, now: req.now)
        return ReportDTO(year: report.year, overall: FiguresDTO(report.overall),
                         departments: report.departments.map { DepartmentFiguresDTO(id: $0.id, name: $0.name, figures: FiguresDTO($0.statistics)) })
    }
}
