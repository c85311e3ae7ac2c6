import Vapor
import Fluent
import Domain
import Views

/// A year's follow-up of the agreement for everyone: the page (printable as the yearly report),
/// each table as CSV, and the same figures in the API. All three read one `FollowUpReport`.
struct FollowUpController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.followUp(.latest), .everyone, use: latest)
        routes.get(.followUp(.year(.key)), .everyone, use: page)
        routes.get(.followUp(.table(.key, .key)), .everyone, use: csv)
        routes.get(.followUp(.department(.key, .key)), .everyone, use: department)
        routes.get(.api(.followUp(.key)), .everyone, use: api)
    }

    @Sendable func latest(_ req: Request) async throws -> Response {
        req.seeOther(SiteURL.followUp(.year(.value(String(CalendarDay(req.now).year)))).path)
    }

    /// The year in the path, from the first year Samverka follows up to this one; any other is not a page.
    static func year(_ req: Request) throws -> Int {
        guard let year = FollowUpYear.read(req.parameters.get("year") ?? "", today: CalendarDay(req.now)) else { throw Abort(.notFound) }
        return year
    }

    @Sendable func page(_ req: Request) async throws -> Response {
        let year = try Self.year(req)
        let report = try await req.application.followUp.report(year: year, for: req)
        let departments = try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all()
        let page = FollowUpPage(report: report, years: FollowUpYear.years(today: CalendarDay(req.now)),
                                departments: departments.map { ($0.slug, $0.name) })
        return req.html(page.render(try await req.page()))
    }

    /// One department's part of the year, for its committee.
    @Sendable func department(_ req: Request) async throws -> Response {
        let year = try Self.year(req)
        guard let slug = req.parameters.get("department"),
              let department = try await Department.query(on: req.db).filter(\.$slug == slug).first()
        else { throw Abort(.notFound) }
        let report = try await req.application.followUp.report(year: year, for: req).department(slug)
        let page = FollowUpPage(report: report, years: FollowUpYear.years(today: CalendarDay(req.now)), department: department.name)
        return req.html(page.render(try await req.page()))
    }

    @Sendable func csv(_ req: Request) async throws -> Response {
        let year = try Self.year(req)
        let file = req.parameters.get("file") ?? ""
        guard file.hasSuffix(".csv"), let section = FollowUpTable.Section(rawValue: String(file.dropLast(4))),
              let table = try await req.application.followUp.report(year: year, for: req).table(section)
        else { throw Abort(.notFound) }
        let catalog = Catalog.of(req.language)
        let response = Response(status: .ok, body: .init(string: table.csv { FollowUpText.label($0, catalog) }))
        response.headers.replaceOrAdd(name: .contentType, value: "text/csv; charset=utf-8")
        response.headers.replaceOrAdd(name: .contentDisposition, value: "inline; filename=\"samverka-\(year)-\(section.rawValue).csv\"")
        return response
    }

    /// The same figures as JSON, encoded once per report kept (not per request).
    @Sendable func api(_ req: Request) async throws -> Response {
        guard let year = FollowUpYear.read(req.parameters.get("year") ?? "", today: CalendarDay(req.now)) else {
            throw APIError(.badRequest, "year must be a year from \(FollowUpYear.first) to this year", field: "year")
        }
        let response = Response(status: .ok, body: .init(buffer: try await req.application.followUp.entry(year: year, for: req).json))
        response.headers.contentType = .json
        return response
    }
}

/// Reports kept until an area they read changes; a report of a year at national scale takes a
/// second or two, so after a change the previous one is served for up to a minute while the new
/// one is made, rather than everyone waiting. It reads every area, so on a day of writes it would
/// be made again after each one: it is kept for `hold` whatever is written, and the page says the
/// figures may be that much behind.
typealias FollowUpCache = VersionedCache<Int, FollowUpKept>

/// A year's report as kept, with the API's JSON of it.
struct FollowUpKept: Sendable {
    var report: FollowUpReport
    var json: ByteBuffer
}

extension VersionedCache where Key == Int, Value == FollowUpKept {
    static let readScopes: Set<ContentScope> = .areas(.associations, .municipality, .inquiries, .consultations, .consultationResponses, .projects, .events, .eventRegistrations,
                                                      .volunteering, .volunteerInterest, .staffDays, .contactNetwork, .council, .survey)

    static let hold: TimeInterval = 30

    static func make() -> FollowUpCache { FollowUpCache(name: "follow_up", scopes: readScopes, maxStaleness: 60, holdFor: hold) }

    func report(year: Int, for req: Request) async throws -> FollowUpReport {
        try await entry(year: year, for: req).report
    }

    func entry(year: Int, for req: Request) async throws -> FollowUpKept {
        try await value(year, for: req) { [db = req.db, now = req.now] in
            let report = try await FollowUpFigures(year: year, db: db, now: now).report()
            let json = try JSONEncoder().encode(FollowUpController.ReportDTO(report, catalog: Catalog.of(.sv)))
            return FollowUpKept(report: report, json: ByteBuffer(data: json))
        }
    }
}
