import Vapor
import Fluent
import Domain
import Views

/// Each department's yearly commitments and report: everyone reads them (who has not written or
/// reported is said plainly); the department's contact-network member or the coordinator writes.
struct CommitmentsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.contactNetwork(.commitments), .everyone, use: list)
        routes.get(.contactNetwork(.departmentCommitments(.key, .key)), .signedIn, use: form)
        routes.post(.contactNetwork(.departmentCommitments(.key, .key)), .signedIn, use: save)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let today = CalendarDay(req.now)
        let allowed = CommitmentRules.years(today: today)
        let year = req.query[String.self, at: "year"].flatMap { Int($0) }.flatMap { allowed.contains($0) ? $0 : nil } ?? today.year
        let departments = try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all()
        let rows = Dictionary(uniqueKeysWithValues: try await Commitment.query(on: req.db).filter(\.$year == year).all().map { ($0.$department.id, $0) })
        let actor = req.actor
        let page = CommitmentsPage(year: year, years: Array(allowed), items: departments.map { department in
            CommitmentItem(slug: department.slug, department: department.name, commitments: rows[department.id!]?.commitments ?? "",
                           report: rows[department.id!]?.report ?? "", canWrite: CommitmentRules.mayWrite(for: department.typedID, by: actor))
        })
        return req.html(page.render(try await req.page()))
    }

    /// The department and year in the path, when this person may write for it that year.
    static func chosen(_ req: Request) async throws -> (Department, Int) {
        guard let slug = req.parameters.get("department"), let department = try await Department.query(on: req.db).filter(\.$slug == slug).first(),
              let year = req.parameters.get("year").flatMap({ Int($0) }), CommitmentRules.years(today: CalendarDay(req.now)).contains(year)
        else { throw Abort(.notFound) }
        guard CommitmentRules.mayWrite(for: department.typedID, by: req.actor) else { throw Abort(.forbidden) }
        return (department, year)
    }

    static func render(_ req: Request, _ department: Department, year: Int, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = CommitmentFormPage(department: department.name, slug: department.slug, year: year, form: form)
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }

    @Sendable func form(_ req: Request) async throws -> Response {
        let (department, year) = try await Self.chosen(req)
        let row = try await Commitment.query(on: req.db).filter(\.$department.$id == department.id!).filter(\.$year == year).first()
        return try await Self.render(req, department, year: year, FormState(values: ["commitments": row?.commitments ?? "", "report": row?.report ?? ""]))
    }

    /// One change: the row for the department and year is read (or made) inside it, and audited.
    @Sendable func save(_ req: Request) async throws -> Response {
        let (department, year) = try await Self.chosen(req)
        let today = CalendarDay(req.now)
        return try await req.answerForm(render: { form, status in try await Self.render(req, department, year: year, form, status: status) },
                                        perform: { fields in
            let draft = try CommitmentDraft.read(fields, year: year, today: today).get()
            try await req.change { change in
                try CommitmentRules.write(for: department.typedID, year: year, by: change.actor, today: today).get()
                let row = try await Commitment.query(on: change.db).filter(\.$department.$id == department.id!).filter(\.$year == year).first()
                    ?? Commitment(departmentID: department.id!, year: year)
                row.apply(draft, at: change.now)
                try await row.save(on: change.db)
                try await change.audit("commitments.write", "commitment", row.id!.uuidString,
                                       "\(department.slug) \(year)\(draft.report.isEmpty ? "" : ", reported")")
            }
            return SiteURL.contactNetwork(.commitments).path(query: [("year", String(year)), ("notice", "commitmentsSaved")])
        })
    }
}
