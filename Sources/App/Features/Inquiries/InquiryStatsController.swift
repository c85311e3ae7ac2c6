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

    static func year(_ req: Request) throws -> Int {
        try APIQuery(req: req).number("year", 2000...9999) ?? CalendarDay(req.now).year
    }

    @Sendable func page(_ req: Request) async throws -> Response {
        let current = CalendarDay(req.now).year
        let year = min((try? Self.year(req)) ?? current, current)
        let report = try await req.application.inquiryStats.report(year: year, for: req)
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
        let report = try await req.application.inquiryStats.report(year: try Self.year(req), for: req)
        return ReportDTO(year: report.year, overall: FiguresDTO(report.overall),
                         departments: report.departments.map { DepartmentFiguresDTO(id: $0.id, name: $0.name, figures: FiguresDTO($0.statistics)) })
    }
}
