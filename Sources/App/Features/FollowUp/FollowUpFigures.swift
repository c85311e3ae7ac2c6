import Vapor
import Fluent
import SQLKit
import Domain

/// Gathers a year's follow-up (`FollowUpReport`) from every area, each table with a few grouped
/// statements, so the cost grows with the number of departments and kinds, not with the register.
struct FollowUpFigures {
    let year: Int
    let db: any Database
    let now: Date

    var sql: any SQLDatabase { db as! any SQLDatabase }
    /// The year as a half-open range of instants, and of ISO days for the columns that hold days.
    var from: Date { CalendarDay(year, 1, 1).start }
    var to: Date { CalendarDay(year + 1, 1, 1).start }
    var firstDay: String { CalendarDay(year, 1, 1).description }
    var lastDay: String { CalendarDay(year, 12, 31).description }

    /// The years the register's table looks back over (the chart of who joined).
    static let yearsShown = 5

    func report() async throws -> FollowUpReport {
        let departments = try await Department.query(on: db).sort(\.$position).sort(\.$name).all()
        var tables: [FollowUpTable] = [], took: [String] = []
        let started = ContinuousClock.now
        // Each section timed, logged at debug level: at national scale the report takes a second
        // or two, and this says where.
        func add(_ name: String, _ make: () async throws -> [FollowUpTable]) async throws {
            let begun = ContinuousClock.now
            tables += try await make()
            took.append("\(name) \(Self.milliseconds(since: begun))")
        }
        try await add("joined") { [try await joined()] }
        try await add("inquiries") { [try await inquiries(departments)] }
        try await add("consultations") { [try await consultations(departments)] }
        try await add("projects") { [try await projects()] }
        try await add("routes") { [try await routes()] }
        try await add("events") { [try await events()] }
        try await add("training") { try await training(departments).map { [$0] } ?? [] }
        try await add("volunteering") { [try await volunteering()] }
        try await add("staffDays") { [try await staffDays(departments)] }
        try await add("network") { [try await network(departments)] }
        try await add("actionPlan") { [try await actionPlan()] }
        try await add("commitments") { [try await commitments(departments)] }
        try await add("fairness") { try await fairness() }
        // A year without a survey leaves its table out rather than showing it empty.
        try await add("survey") { try await survey().map { [$0] } ?? [] }
        db.logger.debug("follow-up \(year) made in \(Self.milliseconds(since: started)) ms: \(took.joined(separator: ", "))")
        return FollowUpReport(year: year, tables: tables)
    }

    static func milliseconds(since start: ContinuousClock.Instant) -> Int {
        let elapsed = ContinuousClock.now - start
        return Int(elapsed.components.seconds * 1000 + elapsed.components.attoseconds / 1_000_000_000_000_000)
    }

    /// Who has joined the agreement by the end of each of the last five years, and how many
    /// associations the directory showed: one pass over each table.
    func joined() async throws -> FollowUpTable {
        let years = Array((year - Self.yearsShown + 1)...year)
        func sums(_ column: String, from table: String, where condition: String) async throws -> [Int] {
            var query = SQLQueryString("SELECT ")
            for (index, shown) in years.enumerated() {
                if index > 0 { query.appendLiteral(", ") }
                query.appendInterpolation(unsafeRaw: "SUM(CASE WHEN \(column) < ")
                query.appendInterpolation(bind: CalendarDay(shown + 1, 1, 1).start)
                query.appendInterpolation(unsafeRaw: " THEN 1 ELSE 0 END) AS y\(index)")
            }
            query.appendInterpolation(unsafeRaw: " FROM \(table) WHERE \(condition)")
            let row = try await sql.raw(query).first()
            return try years.indices.map { try row?.decode(column: "y\($0)", as: Int?.self) ?? 0 }
        }
        let verified = "status = '\(AssociationStatus.verified.rawValue)'"
        let joined = try await sums("joined_since", from: Association.schema, where: "\(verified) AND joined_since IS NOT NULL")
        let listed = try await sums("verified_at", from: Association.schema, where: "\(verified) AND verified_at IS NOT NULL")
        let departments = try await sums("joined_since", from: Department.schema, where: "joined_since IS NOT NULL")
        return FollowUpTable(
            section: .joined, columns: ["associationsJoined", "associationsInDirectory", "departmentsJoined"], charted: [0],
            rows: years.indices.map { index in
                .init(key: String(years[index]), label: .name(String(years[index])),
                      values: [.count(joined[index]), .count(listed[index]), .count(departments[index])])
            })
    }

    /// Inquiries per department: from the counts the changes keep, as `/kontakt/statistik` shows them.
    func inquiries(_ departments: [Department]) async throws -> FollowUpTable {
        let report = try await InquiryStatsReport.make(year: year, on: db, now: now)
        let slugs = Dictionary(uniqueKeysWithValues: departments.map { ($0.id!, $0.slug) })
        func values(_ statistics: InquiryStatistics) -> [FollowUpTable.Value] {
            [.count(statistics.count), .share(statistics.shareAnsweredInTime), .measure(statistics.medianWorkingDaysToAnswer),
             .measure(statistics.averageRating)]
        }
        return FollowUpTable(
            section: .inquiries, columns: ["inquiries", "answeredWithinPromise", "medianWorkingDays", "averageRating"], charted: [1],
            rows: report.departments.map { .init(key: slugs[$0.id] ?? $0.id.uuidString, label: .name($0.name), values: values($0.statistics)) }
                + [.init(key: FollowUpTable.allKey, label: .term("followUp.row.all"), values: values(report.overall))])
    }

    /// Consultations that closed in the year, per department: answers, and whether the feedback was published.
    func consultations(_ departments: [Department]) async throws -> FollowUpTable {
        let heads = try await sql.raw(consultationsStatement).all()
        let answers = try await sql.raw(answersStatement).all()
        let answered = try Dictionary(uniqueKeysWithValues: answers.map { (try $0.decode(column: "d", as: UUID.self), try $0.decode(column: "n", as: Int.self)) })
        var byDepartment: [UUID: (count: Int, closed: Int, compiled: Int)] = [:]
        for row in heads {
            byDepartment[try row.decode(column: "d", as: UUID.self)] = (try row.count("n"), try row.count("closed"), try row.count("compiled"))
        }
        return FollowUpTable(
            section: .consultations, columns: ["consultations", "answers", "answersPerConsultation", "feedbackPublished"], charted: [3],
            rows: departments.compactMap { department in
                guard let own = byDepartment[department.id!] else { return nil }
                let answers = answered[department.id!] ?? 0
                return .init(key: department.slug, label: .name(department.name), values: [
                    .count(own.count), .count(answers), .measure(Double(answers) / Double(own.count)),
                    .share(own.closed == 0 ? nil : Double(own.compiled) / Double(own.closed)),
                ])
            })
    }
}

extension FollowUpFigures {
    var consultationsStatement: SQLQueryString {
        """
        SELECT department_id AS d, COUNT(*) AS n, SUM(CASE WHEN closes_at < \(bind: now) THEN 1 ELSE 0 END) AS closed,
        SUM(CASE WHEN compiled_at IS NOT NULL THEN 1 ELSE 0 END) AS compiled FROM \(ident: Consultation.schema)
        WHERE closes_at >= \(bind: from) AND closes_at < \(bind: to) GROUP BY department_id
        """
    }

    var answersStatement: SQLQueryString {
        """
        SELECT c.department_id AS d, COUNT(*) AS n FROM \(ident: Consultation.schema) c
        JOIN \(ident: ConsultationResponse.schema) r ON r.consultation_id = c.id
        WHERE r.submitted_at IS NOT NULL AND c.closes_at >= \(bind: from) AND c.closes_at < \(bind: to) GROUP BY c.department_id
        """
    }

    /// The statements that read a year's rows, by name: each must find them by an index (`FollowUpQueryPlanTests`).
    /// The register's own tables (associations, departments, projects by form) are read whole, by design.
    var statements: [(String, SQLQueryString)] {
        [("consultations", consultationsStatement), ("answers", answersStatement), ("events", eventsStatement),
         ("training", trainingStatement), ("cooperation", cooperationStatement)]
            + [CallAnswer.schema, OfferAnswer.schema, Initiative.schema].map { ("routes \($0)", routesStatement($0, accepted: "chosen")) }
    }
}

extension SQLRow {
    /// A count or a sum that may be NULL (no rows) or, on PostgreSQL, a bigint.
    func count(_ column: String) throws -> Int { try decode(column: column, as: Int?.self) ?? 0 }
}
