import Vapor
import Fluent
import Domain
import Views

/// Staff days with civil society (N13): staff record their own days; the person, their
/// department's admin or an admin correct a record; the department admin sets the yearly target
/// and sees the department's year.
struct StaffDaysController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.staff(.staffDays), .permission(.useStaffArea), use: log)
        routes.post(.staff(.staffDays), .permission(.useStaffArea), use: record)
        routes.get(.staff(.departmentStaffDays), .permission(.useStaffArea), use: department)
        routes.post(.staff(.staffDayTarget), .permission(.useStaffArea), use: setTarget)
        routes.get(.staff(.staffDay(.key)), .permission(.useStaffArea), use: editForm)
        routes.post(.staff(.staffDay(.key)), .permission(.useStaffArea), use: correct)
    }

    private func renderLog(_ req: Request, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let user = try req.requireUser()
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let mine = StaffDay.query(on: req.db).filter(\.$user.$id == user.id!)
        let total = try await mine.copy().count()
        let days = try await mine.copy().sort(\.$day, .descending).sort(\.$id).range(page.offset..<(page.offset + page.size)).all()
        let year = CalendarDay(req.now).year
        let halves = try await StaffDaysStore.halves(where: [("user_id", user.id!), ("year", year)], on: req.db)
        let model = StaffDaysPage(form: form, goals: try await ProjectsController.goalOptions(req),
                                  rows: try req.paged(items: try await StaffDaysStore.rows(days, withPeople: false, on: req.db), page: page, total: total),
                                  halvesThisYear: halves,
                                  oversees: req.actor.departmentID.map { StaffDayRules.mayOversee($0, by: req.actor) } ?? false)
        return req.html(model.render(try await req.page(forms: true)), status: status)
    }

    @Sendable func log(_ req: Request) async throws -> Response {
        try await renderLog(req, FormState(values: ["day": CalendarDay(req.now).description, "length": "full",
                                                    "association": req.query[String.self, at: "association"] ?? ""]))
    }

    @Sendable func record(_ req: Request) async throws -> Response {
        let actor = req.actor, user = try req.requireUser()
        let lookup = try await StaffDaysStore.lookup(req.formFields["association"], on: req.db)
        let today = CalendarDay(req.now)
        return try await req.answerForm(render: { form, status in try await renderLog(req, form, status: status) }, perform: { fields in
            let draft = try StaffDayDraft.read(fields, association: lookup, today: today).get()
            guard StaffDayRules.mayRecord(actor), let department = actor.departmentID else { throw ProjectRefusal.notNow("staffDays.refusal.noDepartment") }
            try await req.change { change in
                let row = StaffDay(userID: user.id!, departmentID: department.uuid)
                row.apply(draft)
                try await row.create(on: change.db)
                try await StaffDaysStore.writeGoals(draft, of: row, on: change.db)
                try await change.audit("staffDay.record", "staff_day", row.id!.uuidString, "\(draft.day) \(draft.length.rawValue)")
            }
            return SiteURL.staff(.staffDays).path(query: [("notice", "staffDaySaved")])
        })
    }

    /// The record, when this person may see it (theirs, or their department's as its admin).
    private func visible(_ req: Request) async throws -> StaffDay {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let row = try await StaffDay.find(id, on: req.db) else {
            throw Abort(.notFound)
        }
        guard StaffDayRules.maySee(row.state, by: req.actor) else { throw Abort(.forbidden) }
        return row
    }

    private func renderEdit(_ req: Request, _ row: StaffDay, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let person = try await User.find(row.$user.id, on: req.db)?.displayName ?? ""
        let page = StaffDayEditPage(id: row.id!.uuidString.lowercased(), person: person, form: form, goals: try await ProjectsController.goalOptions(req))
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        let row = try await visible(req)
        let goals = try await StaffDaysStore.goals(of: [row.id!], on: req.db)[row.id!] ?? []
        let association = try await row.associationID.asyncMap { try await Association.find($0, on: req.db)?.name } ?? nil
        let fields = FormFields([("day", row.day), ("length", row.halves == 2 ? "full" : "half"), ("association", association ?? ""),
                                 ("activity", row.activity.rawValue), ("note", row.note)] + goals.map { ("goals", String($0.number)) })
        return try await renderEdit(req, row, FormState(fields: fields))
    }

    /// A correction or removal, decided on the record as read inside the change.
    @Sendable func correct(_ req: Request) async throws -> Response {
        let row = try await visible(req)
        let id = row.id!, actor = req.actor
        let remove = req.formFields["intent"] == "remove"
        let lookup = try await StaffDaysStore.lookup(req.formFields["association"], on: req.db)
        let today = CalendarDay(req.now)
        return try await req.answerForm(render: { form, status in try await renderEdit(req, row, form, status: status) }, perform: { fields in
            let draft = remove ? nil : try StaffDayDraft.read(fields, association: lookup, today: today).get()
            try await req.change { change in
                guard try await StaffDay.lock(id, on: change.db), let current = try await StaffDay.find(id, on: change.db) else { throw Abort(.notFound) }
                try StaffDayRules.correct(current.state, by: actor).get()
                if let draft {
                    current.apply(draft)
                    try await current.update(on: change.db)
                    try await StaffDaysStore.writeGoals(draft, of: current, on: change.db)
                    try await change.audit("staffDay.correct", "staff_day", id.uuidString, "\(draft.day) \(draft.length.rawValue)")
                } else {
                    try await current.delete(on: change.db)
                    try await change.audit("staffDay.remove", "staff_day", id.uuidString, current.day)
                }
            }
            return SiteURL.staff(.staffDays).path(query: [("notice", remove ? "staffDayRemoved" : "staffDaySaved")])
        })
    }
}
