import Vapor
import Fluent
import Domain
import Views

/// The public figures of staff days, without names: per department against its target, per goal.
extension StaffDayDepartmentController {
    struct DepartmentDTO: Content {
        var id: UUID
        var name: String
        var days: Double
        @NullEncoded var target: Double?
        @NullEncoded var headCount: Int?
    }

    struct GoalDTO: Content {
        var goal: Int
        var days: Double
    }

    struct FiguresDTO: Content {
        var year: Int
        var associations: Int
        var departments: [DepartmentDTO]
        var goals: [GoalDTO]
    }

    static func year(_ raw: String?, now: Date) -> Int? {
        guard let raw else { return CalendarDay(now).year }
        return Int(raw).flatMap { (2000...2100).contains($0) ? $0 : nil }
    }

    static func dto(year: Int, on db: any Database) async throws -> FiguresDTO {
        let figures = try await StaffDaysStore.figures(year: year, on: db)
        let departments = try await Department.query(on: db).sort(\.$position).sort(\.$name).all()
        return FiguresDTO(
            year: year, associations: figures.associations,
            departments: departments.compactMap { department in
                let halves = figures.halvesByDepartment[department.id!] ?? 0
                let target = figures.targets[department.id!]
                guard halves > 0 || target != nil else { return nil }
                return DepartmentDTO(id: department.id!, name: department.name, days: Double(halves) / 2, target: target?.days,
                                     headCount: target?.headCount)
            },
            goals: figures.halvesByGoal.sorted { $0.key < $1.key }.map { GoalDTO(goal: $0.key, days: Double($0.value) / 2) })
    }

    @Sendable func figures(_ req: Request) async throws -> Response {
        let year = Self.year(req.query[String.self, at: "year"], now: req.now) ?? CalendarDay(req.now).year
        let dto = try await Self.dto(year: year, on: req.db)
        let names = Dictionary(uniqueKeysWithValues: try await SustainableGoal.query(on: req.db).all().map {
            ($0.id!, "\($0.id!). \(req.language == .en ? $0.nameEn : $0.nameSv)")
        })
        let thisYear = CalendarDay(req.now).year
        let page = StaffDayFiguresPage(
            year: year, years: Array(Set([thisYear - 2, thisYear - 1, thisYear, year])).sorted(),
            departments: dto.departments.map { row in
                StaffDayProgress(department: row.name, halves: Int(row.days * 2),
                                 target: row.headCount.map { StaffDayTarget(daysPerEmployee: (row.target ?? 0) / Double($0), headCount: $0) })
            },
            goals: dto.goals.map { (names[$0.goal] ?? String($0.goal), Int($0.days * 2)) }, associations: dto.associations,
            perAssociation: try await StaffDaysStore.associations(year: year, on: req.db))
        return req.html(page.render(try await req.page()))
    }

    @Sendable func api(_ req: Request) async throws -> FiguresDTO {
        let raw = try APIQuery(req: req).string("year", max: 4)
        guard let year = Self.year(raw, now: req.now) else { throw APIError(.badRequest, "year must be a year from 2000 to 2100", field: "year") }
        return try await Self.dto(year: year, on: req.db)
    }
}

extension StaffDayDepartmentController.DepartmentDTO: APIObject {
    static let schemaName = "StaffDayDepartment"
    static var example: Self { .init(id: UUID(), name: "Kultur- och fritidsförvaltningen", days: 20.5, target: 48, headCount: 4) }
    static var refinements: [String: JSONSchema] {
        ["days": .number(minimum: 0), "target": .nullable(.number(minimum: 0)), "headCount": .nullable(.integer(minimum: 1))]
    }
}

extension StaffDayDepartmentController.GoalDTO: APIObject {
    static let schemaName = "StaffDayGoal"
    static var example: Self { .init(goal: 3, days: 4.5) }
    static var refinements: [String: JSONSchema] { ["goal": .integer(minimum: 1, maximum: 17), "days": .number(minimum: 0)] }
}

extension StaffDayDepartmentController.FiguresDTO: APIObject {
    static let schemaName = "StaffDayFigures"
    static var example: Self { .init(year: 2027, associations: 9, departments: [.example], goals: [.example]) }
    static var refinements: [String: JSONSchema] { ["associations": .integer(minimum: 0)] }
}
