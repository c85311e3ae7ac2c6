import Vapor
import Fluent
import Domain
import Views

/// A department's year of staff days for its department admin (an admin chooses any department),
/// with the yearly target; and the public figures without names, as a page and in the API.
struct StaffDayDepartmentController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.staffDayFigures, .everyone, use: figures)
        routes.get(.api(.staffDays), .everyone, use: api)
    }

    /// The department and year asked for, when this person oversees it.
    static func chosen(_ req: Request, department raw: String?, year rawYear: String?) throws -> (DepartmentID, Int) {
        let department = raw.flatMap(DepartmentID.init) ?? req.actor.departmentID
        guard let department, StaffDayRules.mayOversee(department, by: req.actor) else { throw Abort(.forbidden) }
        let year = rawYear.flatMap { Int($0) }.flatMap { (2000...2100).contains($0) ? $0 : nil } ?? CalendarDay(req.now).year
        return (department, year)
    }

    static func render(_ req: Request, department: DepartmentID, year: Int, form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let rows = StaffDay.query(on: req.db).filter(\.$department.$id == department.uuid).filter(\.$year == year)
        let total = try await rows.copy().count()
        let days = try await rows.copy().sort(\.$day, .descending).sort(\.$id).range(page.offset..<(page.offset + page.size)).all()
        let halves = try await StaffDaysStore.halves(where: [("department_id", department.uuid), ("year", year)], on: req.db)
        let target = try await StaffDayTargetRow.query(on: req.db).filter(\.$department.$id == department.uuid).filter(\.$year == year).first()
        let departments = req.actor.role == .admin ? try await Department.query(on: req.db).sort(\.$name).all() : []
        let name = try await Department.find(department.uuid, on: req.db)?.name ?? ""
        var state = form
        if state.values["daysPerEmployee"] == nil, let target {
            state = FormState(values: ["daysPerEmployee": String(target.daysPerEmployee), "headCount": String(target.headCount)])
        }
        let model = DepartmentStaffDaysPage(
            year: year, progress: StaffDayProgress(department: name, halves: halves, target: target?.target),
            rows: try req.paged(items: try await StaffDaysStore.rows(days, withPeople: true, on: req.db), page: page, total: total),
            form: state, departments: departments.map { Form.Option($0.typedID, $0.name) }, department: department.description)
        return req.html(model.render(try await req.page(forms: true)), status: status)
    }
}

extension StaffDaysController {
    @Sendable func department(_ req: Request) async throws -> Response {
        let (department, year) = try StaffDayDepartmentController.chosen(req, department: req.query[String.self, at: "department"],
                                                                        year: req.query[String.self, at: "year"])
        return try await StaffDayDepartmentController.render(req, department: department, year: year, form: FormState())
    }

    /// The department's target for the year, set by its department admin or an admin.
    @Sendable func setTarget(_ req: Request) async throws -> Response {
        let (department, year) = try StaffDayDepartmentController.chosen(req, department: req.formFields["department"], year: req.formFields["year"])
        let actor = req.actor
        return try await req.answerForm(render: { form, status in
            try await StaffDayDepartmentController.render(req, department: department, year: year, form: form, status: status)
        }, perform: { fields in
            let target = try StaffDayTarget.read(fields).get()
            try await req.change { change in
                try StaffDayRules.setTarget(for: department, by: actor).get()
                let row = try await StaffDayTargetRow.query(on: change.db).filter(\.$department.$id == department.uuid).filter(\.$year == year).first()
                    ?? StaffDayTargetRow()
                row.$department.id = department.uuid
                (row.year, row.daysPerEmployee, row.headCount) = (year, target.daysPerEmployee, target.headCount)
                try await row.save(on: change.db)
                try await change.audit("staffDay.target", "staff_day_target", row.id!.uuidString,
                                       "\(year): \(target.daysPerEmployee) × \(target.headCount)")
            }
            return SiteURL.staff(.departmentStaffDays).path(query: [("department", department.description), ("year", String(year)),
                                                                     ("notice", "staffDayTargetSaved")])
        })
    }
}
