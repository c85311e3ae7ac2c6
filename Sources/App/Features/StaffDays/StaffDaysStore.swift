import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// Reading staff days: the form's association, the logs, and the yearly figures (sums in the database).
enum StaffDaysStore {
    /// The association named on the form: by its exact name in the register (a verified one), or its id.
    static func lookup(_ text: String, on db: any Database) async throws -> AssociationLookup {
        let name = text.trimmingWhitespace()
        guard !name.isEmpty else { return .none }
        if let id = UUID(uuidString: name), let row = try await Association.find(id, on: db), row.status == .verified { return .found(row.typedID) }
        let row = try await Association.query(on: db).filter(\.$name == name).filter(\.$status == .verified).first()
        return row.map { .found($0.typedID) } ?? .notFound
    }

    static func goals(of ids: [UUID], on db: any Database) async throws -> [UUID: [Sdg]] {
        guard !ids.isEmpty else { return [:] }
        let rows = try await StaffDayGoal.query(on: db).filter(\.$staffDay.$id ~~ ids).all()
        return Dictionary(grouping: rows, by: { $0.$staffDay.id }).mapValues { $0.compactMap { Sdg($0.goal) }.sorted() }
    }

    static func rows(_ days: [StaffDay], withPeople: Bool, on db: any Database) async throws -> [StaffDayRow] {
        let goals = try await goals(of: days.compactMap(\.id), on: db)
        let associationIDs = Set(days.compactMap(\.associationID))
        let associations = associationIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Association.query(on: db)
            .filter(\.$id ~~ associationIDs).all().map { ($0.id!, $0.name) })
        let userIDs = Set(days.map { $0.$user.id })
        let people = !withPeople || userIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await User.query(on: db)
            .filter(\.$id ~~ userIDs).all().map { ($0.id!, $0.displayName) })
        return days.map { row in
            StaffDayRow(id: row.id!.uuidString.lowercased(), day: CalendarDay(iso: row.day) ?? CalendarDay(row.createdAt ?? Date()), halves: row.halves,
                        association: row.associationID.flatMap { associations[$0] } ?? "", activity: row.activity,
                        goals: goals[row.id!] ?? [], person: people[row.$user.id] ?? "")
        }
    }

    /// Writes the record's goals anew, inside the caller's change.
    static func writeGoals(_ draft: StaffDayDraft, of row: StaffDay, on db: any Database) async throws {
        try await StaffDayGoal.query(on: db).filter(\.$staffDay.$id == row.id!).delete()
        try await draft.goals.map { StaffDayGoal(staffDayID: row.id!, goal: $0, year: row.year, halves: row.halves) }.create(on: db)
    }

    /// SUM(halves) as a whole number on both databases (PostgreSQL sums a bigint to numeric).
    static let sumOfHalves = SQLRaw("CAST(COALESCE(SUM(halves), 0) AS BIGINT)")

    /// The halves of the staff days matching `column = value` pairs.
    static func halves(where conditions: [(String, any Encodable & Sendable)], on db: any Database) async throws -> Int {
        let select = (db as! any SQLDatabase).select().column(sumOfHalves, as: "halves").from(StaffDay.schema)
        for (column, value) in conditions { select.where(SQLColumn(column), .equal, SQLBind(value)) }
        return try await select.first()?.decode(column: "halves", as: Int.self) ?? 0
    }

    /// The associations that received the most days in a year (at most `limit`), with their days.
    static func associations(year: Int, limit: Int = 100, on db: any Database) async throws -> [(name: String, halves: Int)] {
        let rows = try await (db as! any SQLDatabase).select().column("association_id").column(sumOfHalves, as: "halves").from(StaffDay.schema)
            .where("year", .equal, year).where(SQLColumn("association_id"), .isNot, SQLLiteral.null).groupBy("association_id")
            .orderBy(SQLOrderBy(expression: sumOfHalves, direction: SQLDirection.descending)).limit(limit).all()
        var halves: [UUID: Int] = [:]
        for row in rows { halves[try row.decode(column: "association_id", as: UUID.self)] = try row.decode(column: "halves", as: Int.self) }
        guard !halves.isEmpty else { return [] }
        let associations = try await Association.query(on: db).filter(\.$id ~~ Array(halves.keys)).all()
        let list: [(name: String, halves: Int)] = associations.map { ($0.name, halves[$0.id!] ?? 0) }
        return list.sorted { $0.halves != $1.halves ? $0.halves > $1.halves : $0.name < $1.name }
    }

    struct Figures {
        var halvesByDepartment: [UUID: Int]
        var targets: [UUID: StaffDayTarget]
        var halvesByGoal: [Int: Int]
        var associations: Int
    }

    /// A year's sums: per department and per goal, the targets, and how many associations received a day.
    static func figures(year: Int, on db: any Database) async throws -> Figures {
        let sql = db as! any SQLDatabase
        let perDepartment = try await sql.select().column("department_id").column(sumOfHalves, as: "halves")
            .from(StaffDay.schema).where("year", .equal, year).groupBy("department_id").all()
        let perGoal = try await sql.select().column("goal").column(sumOfHalves, as: "halves")
            .from(StaffDayGoal.schema).where("year", .equal, year).groupBy("goal").all()
        let associations = try await sql.select().column(SQLFunction("count", args: SQLDistinct(SQLColumn("association_id"))), as: "n")
            .from(StaffDay.schema).where("year", .equal, year).first()?.decode(column: "n", as: Int.self) ?? 0
        let targets = try await StaffDayTargetRow.query(on: db).filter(\.$year == year).all()
        return Figures(
            halvesByDepartment: Dictionary(uniqueKeysWithValues: try perDepartment.map {
                (try $0.decode(column: "department_id", as: UUID.self), try $0.decode(column: "halves", as: Int.self))
            }),
            targets: Dictionary(targets.map { ($0.$department.id, $0.target) }) { first, _ in first },
            halvesByGoal: Dictionary(uniqueKeysWithValues: try perGoal.map {
                (try $0.decode(column: "goal", as: Int.self), try $0.decode(column: "halves", as: Int.self))
            }),
            associations: associations)
    }
}
