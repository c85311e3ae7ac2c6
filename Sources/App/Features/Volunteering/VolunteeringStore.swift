import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// Reading volunteer assignments for the list, the page, the organiser's pages and the API.
enum VolunteeringStore {
    struct Filter: Sendable {
        var district: DistrictID?
        var group: TargetGroup?
        var timing: AssignmentTiming?
        var youth = false
        /// Only associations' offers of a day with civil society for the municipality's staff.
        var forStaff = false
        /// Words of the title, the texts and the languages (the language filter's word joins them).
        var words: SearchTerms?
        var organisers: [Party]?

        init(district: DistrictID? = nil, group: TargetGroup? = nil, timing: AssignmentTiming? = nil, youth: Bool = false,
             words: SearchTerms? = nil, organisers: [Party]? = nil) {
            (self.district, self.group, self.timing, self.youth, self.words, self.organisers) = (district, group, timing, youth, words, organisers)
        }

        /// From the list's query string; a value that means nothing is no filter.
        init(_ req: Request) {
            let text = { (name: String) in String((req.query[String.self, at: name] ?? "").prefix(200)) }
            district = DistrictID(text("district"))
            group = TargetGroup(rawValue: text("group"))
            timing = AssignmentTiming(rawValue: text("timing"))
            youth = text("youth") == "on"
            forStaff = text("staff") == "on"
            let words = [text("q"), text("language")].filter { !$0.trimmingWhitespace().isEmpty }.joined(separator: " ")
            self.words = words.isEmpty ? nil : SearchTerms(words)
        }
    }

    /// Open assignments (the last day not past, not closed early), newest first; `open: false` for an organiser's all.
    static func query(_ filter: Filter, open: Bool = true, today: CalendarDay, on db: any Database) -> QueryBuilder<VolunteerAssignment> {
        let query = VolunteerAssignment.query(on: db)
        if open { query.filter(\.$closes >= today.description).filter(\.$closedAt == nil) }
        if let district = filter.district {
            query.filter(.sql(embed: "\(ident: VolunteerAssignment.schema).id IN (SELECT assignment_id FROM \(ident: VolunteerAssignmentDistrict.schema) WHERE district_id = \(bind: district.uuid))"))
        }
        if let group = filter.group { query.filter(\.$targetGroup == group) }
        if let timing = filter.timing { query.filter(\.$timing == timing) }
        if filter.youth { query.filter(\.$minimumAge <= VolunteerAge.youth) }
        if filter.forStaff { query.filter(\.$forStaff == true) }
        if let organisers = filter.organisers { query.filter(\.$organiserKey ~~ organisers.map(\.description)) }
        if let words = filter.words {
            // Words that make no search term (only punctuation) find nothing rather than everything.
            if words.isEmpty { query.filter(\.$id == UUID()) } else {
                query.filter(.sql(embed: CreateVolunteerAssignments.search.condition(words, on: db as! any SQLDatabase)))
            }
        }
        return query.sort(\.$createdAt, .descending).sort(\.$id)
    }

    static func find(_ req: Request, slug: String? = nil) async throws -> VolunteerAssignment {
        guard let slug = slug ?? req.parameters.get("slug"),
              let assignment = try await VolunteerAssignment.query(on: req.db).filter(\.$slug == slug).first() else { throw Abort(.notFound) }
        return assignment
    }

    /// Each assignment's districts, in one statement.
    static func districts(of ids: [UUID], on db: any Database) async throws -> [UUID: [UUID]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await VolunteerAssignmentDistrict.query(on: db).filter(\.$assignment.$id ~~ ids).all()
        return Dictionary(grouping: rows, by: { $0.$assignment.id }).mapValues { $0.map(\.districtID) }
    }

    /// What a page of assignments shows besides their own columns: the summaries (organisers'
    /// names, districts' names), and each one's districts with their slugs, for the API.
    struct Facts {
        var summaries: [AssignmentSummary]
        var districtsOf: [UUID: [UUID]]
        var districtSlugs: [UUID: String]
    }

    static func facts(_ rows: [VolunteerAssignment], now: Date, on db: any Database) async throws -> Facts {
        let names = try await ProjectStore.names(Array(Set(rows.compactMap(\.organiser))), on: db)
        let districtsOf = try await districts(of: rows.compactMap(\.id), on: db)
        let ids = Set(districtsOf.values.joined())
        let districts = ids.isEmpty ? [] : try await District.query(on: db).filter(\.$id ~~ ids).all()
        let districtNames = Dictionary(uniqueKeysWithValues: districts.map { ($0.id!, $0.name) })
        let summaries = rows.map { row in
            AssignmentSummary(
                slug: row.slug, title: row.title, organiser: row.organiser.flatMap { names[$0]?.name } ?? "", easyRead: row.easyRead,
                targetGroup: row.targetGroup, districts: (districtsOf[row.id!] ?? []).compactMap { districtNames[$0] }.sorted(),
                place: row.place, remote: row.remote, timing: row.timing, day: row.day.flatMap(CalendarDay.init(iso:)), schedule: row.schedule,
                effort: row.effort, minimumAge: row.minimumAge, needsRecordExtract: row.needsRecordExtract, closes: row.closesDay,
                isOpen: row.state.isOpen(at: now), forStaff: row.forStaff)
        }
        return Facts(summaries: summaries, districtsOf: districtsOf, districtSlugs: Dictionary(uniqueKeysWithValues: districts.map { ($0.id!, $0.slug) }))
    }

    static func summaries(_ rows: [VolunteerAssignment], now: Date, on db: any Database) async throws -> [AssignmentSummary] {
        try await facts(rows, now: now, on: db).summaries
    }

    /// How many showed interest in each assignment, and how many of them wait for an answer, in one statement.
    static func interestCounts(_ ids: [UUID], on db: any Database) async throws -> [UUID: (total: Int, unanswered: Int)] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await (db as! any SQLDatabase).select().column("assignment_id").column("status").column(SQL.count, as: "n")
            .from(VolunteerInterest.schema).where("assignment_id", .in, ids).where("status", .notEqual, InterestStatus.withdrawn.rawValue)
            .groupBy("assignment_id").groupBy("status").all()
        var counts: [UUID: (total: Int, unanswered: Int)] = [:]
        for row in rows {
            let id = try row.decode(column: "assignment_id", as: UUID.self), n = try row.decode(column: "n", as: Int.self)
            let new = try row.decode(column: "status", as: String.self) == InterestStatus.new.rawValue
            counts[id, default: (0, 0)].total += n
            if new { counts[id, default: (0, 0)].unanswered += n }
        }
        return counts
    }

    /// Clears the details of volunteers 6 months after their assignment stopped taking interest;
    /// the rows stay, with their status, for the figures. Run by `Housekeeping`.
    static func forget(on db: any Database, now: Date) async throws {
        let cutoff = now.addingTimeInterval(-InterestRules.retention)
        try await VolunteerInterest.query(on: db).filter(\.$forgottenAt == nil)
            .filter(.sql(embed: """
                assignment_id IN (SELECT id FROM \(ident: VolunteerAssignment.schema) \
                WHERE closes < \(bind: CalendarDay(cutoff).description) OR closed_at < \(bind: cutoff))
                """))
            .set(\.$name, to: "").set(\.$email, to: "").set(\.$phone, to: "").set(\.$message, to: "").set(\.$answer, to: "")
            .set(\.$forgottenAt, to: now).update()
    }
}
