import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// A year of volunteering in figures (for the follow-up): assignments published in the year,
/// interest shown in it and those welcomed, per kind of organiser and per district; counts only.
struct VolunteeringFigures {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.volunteering(.figures), .everyone, use: page)
    }

    struct Counts: Sendable {
        var assignments: [String: Int] = [:]
        var interest: [String: Int] = [:]
        var welcomed: [String: Int] = [:]
    }

    struct YearCounts: Sendable {
        var organisers: Counts
        var districts: Counts
    }

    /// Counts keyed by `a`/`d` (the organiser's kind) and by district id, in four grouped statements.
    static func counts(year: Int, on db: any Database) async throws -> YearCounts {
        let sql = db as! any SQLDatabase
        let from = CalendarDay(year, 1, 1).start, to = CalendarDay(year + 1, 1, 1).start
        let kind = SQLRaw("substr(a.organiser_key, 1, 1)")
        var organisers = Counts(), districts = Counts()
        for row in try await sql.select().column(kind, as: "k").column(SQL.count, as: "n").from(SQLAlias(SQLIdentifier(VolunteerAssignment.schema), as: SQLIdentifier("a")))
            .where(SQLColumn("created_at", table: "a"), .greaterThanOrEqual, SQLBind(from)).where(SQLColumn("created_at", table: "a"), .lessThan, SQLBind(to))
            .groupBy(kind).all() {
            organisers.assignments[try row.decode(column: "k", as: String.self)] = try row.decode(column: "n", as: Int.self)
        }
        for row in try await sql.select().column(SQLColumn("district_id", table: "d"), as: "k").column(SQL.count, as: "n")
            .from(SQLAlias(SQLIdentifier(VolunteerAssignmentDistrict.schema), as: SQLIdentifier("d")))
            .join(SQLAlias(SQLIdentifier(VolunteerAssignment.schema), as: SQLIdentifier("a")), on: SQLColumn("id", table: "a"), .equal, SQLColumn("assignment_id", table: "d"))
            .where(SQLColumn("created_at", table: "a"), .greaterThanOrEqual, SQLBind(from)).where(SQLColumn("created_at", table: "a"), .lessThan, SQLBind(to))
            .groupBy(SQLColumn("district_id", table: "d")).all() {
            districts.assignments[try row.decode(column: "k", as: UUID.self).uuidString] = try row.decode(column: "n", as: Int.self)
        }
        // Interest shown in the year, with its status, by the assignment's organiser kind and districts.
        for row in try await interest(sql, from: from, to: to, key: kind, join: nil) {
            add(row, to: &organisers, key: try row.decode(column: "k", as: String.self))
        }
        for row in try await interest(sql, from: from, to: to, key: SQLColumn("district_id", table: "d"), join: VolunteerAssignmentDistrict.schema) {
            add(row, to: &districts, key: try row.decode(column: "k", as: UUID.self).uuidString)
        }
        return YearCounts(organisers: organisers, districts: districts)
    }

    private static func add(_ row: any SQLRow, to counts: inout Counts, key: String) {
        let n = (try? row.decode(column: "n", as: Int.self)) ?? 0
        counts.interest[key, default: 0] += n
        if (try? row.decode(column: "s", as: String.self)) == InterestStatus.welcomed.rawValue { counts.welcomed[key, default: 0] += n }
    }

    private static func interest(_ sql: any SQLDatabase, from: Date, to: Date, key: any SQLExpression, join districtTable: String?) async throws -> [any SQLRow] {
        let select = sql.select().column(key, as: "k").column(SQLColumn("status", table: "i"), as: "s").column(SQL.count, as: "n")
            .from(SQLAlias(SQLIdentifier(VolunteerInterest.schema), as: SQLIdentifier("i")))
            .join(SQLAlias(SQLIdentifier(VolunteerAssignment.schema), as: SQLIdentifier("a")), on: SQLColumn("id", table: "a"), .equal, SQLColumn("assignment_id", table: "i"))
        if let districtTable {
            select.join(SQLAlias(SQLIdentifier(districtTable), as: SQLIdentifier("d")), on: SQLColumn("assignment_id", table: "d"), .equal, SQLColumn("id", table: "a"))
        }
        return try await select.where(SQLColumn("created_at", table: "i"), .greaterThanOrEqual, SQLBind(from))
            .where(SQLColumn("created_at", table: "i"), .lessThan, SQLBind(to)).where(SQLColumn("status", table: "i"), .notEqual, SQLBind(InterestStatus.withdrawn.rawValue))
            .groupBy(key).groupBy(SQLColumn("status", table: "i")).all()
    }

    @Sendable func page(_ req: Request) async throws -> Response {
        let thisYear = CalendarDay(req.now).year
        let year = (req.query[String.self, at: "year"]).flatMap { Int($0) }.flatMap { (2000...2100).contains($0) ? $0 : nil } ?? thisYear
        let counts = try await req.application.volunteeringFigures.value(year, for: req) { [db = req.db] in
            try await Self.counts(year: year, on: db)
        }
        let (organisers, districts) = (counts.organisers, counts.districts)
        let words = Wording(req.language)
        func row(_ label: String, _ counts: Counts, _ key: String) -> VolunteeringFiguresPage.Row {
            .init(label: label, assignments: counts.assignments[key] ?? 0, interest: counts.interest[key] ?? 0, welcomed: counts.welcomed[key] ?? 0)
        }
        let kinds = [row(words.t("volunteering.figures.associations"), organisers, "a"), row(words.t("volunteering.figures.departments"), organisers, "d")]
        let total = VolunteeringFiguresPage.Row(label: words.t("volunteering.alerts.all"), assignments: kinds.map(\.assignments).reduce(0, +),
                                                interest: kinds.map(\.interest).reduce(0, +), welcomed: kinds.map(\.welcomed).reduce(0, +))
        let districtRows = try await District.query(on: req.db).sort(\.$position).sort(\.$name).all()
            .map { row($0.name, districts, $0.id!.uuidString) }.filter { $0.assignments + $0.interest > 0 }
        let page = VolunteeringFiguresPage(year: year, years: Array(Set([thisYear - 2, thisYear - 1, thisYear, year])).sorted(), total: total,
                                           organisers: kinds, districts: districtRows)
        return req.html(page.render(try await req.page()))
    }
}

/// A year's counts, kept like the follow-up's report: interest is shown all day, and at national
/// scale the counts take a tenth of a second, so they are made at most once per `FollowUpCache.hold`
/// (the page says so), not after each. The page, built from them alone, is kept as long.
typealias VolunteeringFiguresCache = VersionedCache<Int, VolunteeringFigures.YearCounts>

extension VersionedCache where Key == Int, Value == VolunteeringFigures.YearCounts {
    static func make() -> VolunteeringFiguresCache {
        VolunteeringFiguresCache(name: "volunteering_figures", scopes: .areas(.volunteering, .volunteerInterest), maxStaleness: 60,
                                 holdFor: FollowUpCache.hold)
    }
}
