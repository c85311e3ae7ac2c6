import Vapor
import Fluent
import Domain
import Views

/// Volunteer assignments (N12): anyone finds them, by district, target group, when, for young
/// people, language and words; a department's staff and a verified association's representatives
/// publish, change and close their own, and see theirs in one list.
struct VolunteeringController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.volunteering(.list), .everyone, use: list)
        routes.get(.volunteering(.new), .signedIn, use: newForm)
        routes.post(.volunteering(.new), .signedIn, use: create)
        routes.get(.volunteering(.mine), .signedIn, use: mine)
        routes.get(.volunteering(.show(.key)), .everyone, use: show)
        routes.get(.volunteering(.interest(.key)), .everyone, use: interestForm)
        routes.get(.volunteering(.edit(.key)), .signedIn, use: editForm)
        routes.post(.volunteering(.edit(.key)), .signedIn, use: update)
        routes.post(.volunteering(.close(.key)), .signedIn, use: close)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let filter = VolunteeringStore.Filter(req)
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let today = CalendarDay(req.now)
        let total = try await VolunteeringStore.query(filter, today: today, on: req.db).count()
        let rows = try await VolunteeringStore.query(filter, today: today, on: req.db).range(page.offset..<(page.offset + page.size)).all()
        let text = { (name: String) in String((req.query[String.self, at: name] ?? "").prefix(200)) }
        let filters = AssignmentListPage.Filters(district: filter.district?.description ?? "", group: filter.group?.rawValue ?? "",
                                                 timing: filter.timing?.rawValue ?? "", youth: filter.youth, language: text("language"), words: text("q"),
                                                 forStaff: filter.forStaff)
        let model = AssignmentListPage(filters: filters, districts: try await EventsController.districtOptions(req),
                                       items: try req.paged(items: try await VolunteeringStore.summaries(rows, now: req.now, on: req.db), page: page, total: total),
                                       canPublish: !(try await ProjectEditorController.owners(req)).isEmpty)
        return req.html(model.render(try await req.page()))
    }

    @Sendable func mine(_ req: Request) async throws -> Response {
        let organisers = try await ProjectEditorController.owners(req).map(\.party)
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let filter = VolunteeringStore.Filter(organisers: organisers)
        let today = CalendarDay(req.now)
        let total = try await VolunteeringStore.query(filter, open: false, today: today, on: req.db).count()
        let rows = try await VolunteeringStore.query(filter, open: false, today: today, on: req.db).range(page.offset..<(page.offset + page.size)).all()
        let counts = try await VolunteeringStore.interestCounts(rows.compactMap(\.id), on: req.db)
        let summaries = try await VolunteeringStore.summaries(rows, now: req.now, on: req.db)
        let items = zip(rows, summaries).map { row, summary in
            MyAssignmentsPage.Row(summary: summary, total: counts[row.id!]?.total ?? 0, unanswered: counts[row.id!]?.unanswered ?? 0)
        }
        return req.html(MyAssignmentsPage(items: try req.paged(items: items, page: page, total: total)).render(try await req.page()))
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        // A member of staff taking an association's offered day shows interest with their own name and address.
        // A visitor who is not signed in gets a link to the form, so the page is kept in the page cache.
        let user = req.currentUser
        return try await Self.renderPage(req, try await VolunteeringStore.find(req),
                                         FormState(values: ["name": user?.displayName ?? "", "email": user?.email ?? ""]), showsForm: user != nil)
    }

    /// The assignment with its interest form (`/volontar/{slug}/intresse`).
    @Sendable func interestForm(_ req: Request) async throws -> Response {
        let user = req.currentUser
        return try await Self.renderPage(req, try await VolunteeringStore.find(req),
                                         FormState(values: ["name": user?.displayName ?? "", "email": user?.email ?? ""]))
    }

    static func renderPage(_ req: Request, _ assignment: VolunteerAssignment, _ form: FormState, showsForm: Bool = true,
                           status: HTTPResponseStatus = .ok) async throws -> Response {
        let canManage = req.actor.isSignedIn ? AssignmentRules.mayManage(assignment.state, by: try await ProjectEvents.actor(req)) : false
        let counts = canManage ? try await VolunteeringStore.interestCounts([assignment.id!], on: req.db)[assignment.id!] ?? (0, 0) : nil
        let summary = try await VolunteeringStore.summaries([assignment], now: req.now, on: req.db)[0]
        let page = AssignmentPage(summary: summary, summaryText: assignment.summary, description: assignment.description, languages: assignment.languages,
                                  perks: assignment.perkList, needed: assignment.needed, contactName: assignment.contactName,
                                  contactEmail: assignment.contactEmail, canManage: canManage, interested: counts, form: form, showsForm: showsForm)
        // The interest form carries a token (and that page is not kept in the page cache).
        return req.html(page.render(try await req.page(forms: summary.isOpen && showsForm)), status: status)
    }

    private func renderForm(_ req: Request, _ form: FormState, slug: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let organisers = try await ProjectEditorController.owners(req)
        let page = AssignmentFormPage(form: form, organisers: organisers.map { Form.Option($0.party.description, $0.name) },
                                      districts: try await EventsController.districtOptions(req), slug: slug)
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        try await renderForm(req, FormState(values: ["contactName": req.currentUser?.displayName ?? "", "contactEmail": req.currentUser?.email ?? "",
                                                     "timing": AssignmentTiming.regular.rawValue, "needed": "1"]))
    }

    /// Writes the assignment's districts anew, inside the caller's change.
    private static func writeDistricts(_ draft: AssignmentDraft, of id: UUID, on db: any Database) async throws {
        try await VolunteerAssignmentDistrict.query(on: db).filter(\.$assignment.$id == id).delete()
        try await draft.districts.map { VolunteerAssignmentDistrict(assignmentID: id, districtID: $0.uuid) }.create(on: db)
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        let organisers = try await ProjectEditorController.owners(req).map(\.party)
        let districts = Set(try await District.query(on: req.db).all().map(\.typedID))
        let actor = try await ProjectEvents.actor(req)
        let user = try req.requireUser(), app = req.application
        return try await req.answerForm(render: { form, status in try await renderForm(req, form, status: status) }, perform: { fields in
            let read = try AssignmentDraft.read(fields, organisers: organisers, knownDistricts: districts).get()
            let slug = try await req.change { change -> String in
                let draft = try AssignmentRules.publish(read, by: actor, at: change.now).get()
                let assignment = VolunteerAssignment()
                assignment.apply(draft)
                assignment.authorID = user.id
                assignment.slug = try await Slug.unique(draft.title, on: change.db, in: VolunteerAssignment.self)
                try await assignment.create(on: change.db)
                try await Self.writeDistricts(draft, of: assignment.id!, on: change.db)
                try await AssignmentAlertsController.notify(assignment, draft, app: app, in: change)
                try await change.audit("volunteering.create", "volunteer_assignment", assignment.id!.uuidString, draft.title)
                return assignment.slug
            }
            return SiteURL.volunteering(.show(.value(slug))).path(query: [("notice", "assignmentPublished")])
        })
    }

    /// The assignment, when this person organises it.
    static func managed(_ req: Request) async throws -> VolunteerAssignment {
        let assignment = try await VolunteeringStore.find(req)
        guard AssignmentRules.mayManage(assignment.state, by: try await ProjectEvents.actor(req)) else { throw Abort(.forbidden) }
        return assignment
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        let assignment = try await Self.managed(req)
        let districts = try await VolunteeringStore.districts(of: [assignment.id!], on: req.db)[assignment.id!] ?? []
        return try await renderForm(req, FormState(fields: assignment.formValues(districts: districts)), slug: assignment.slug)
    }

    /// A change decided on the assignment as read inside the change: another's is forbidden, a closed one changes no more.
    @Sendable func update(_ req: Request) async throws -> Response {
        let assignment = try await VolunteeringStore.find(req)
        let id = assignment.id!
        let actor = try await ProjectEvents.actor(req)
        let organisers = try await ProjectEditorController.owners(req).map(\.party)
        let districts = Set(try await District.query(on: req.db).all().map(\.typedID))
        return try await req.answerForm(render: { form, status in try await renderForm(req, form, slug: assignment.slug, status: status) }, perform: { fields in
            let read = try AssignmentDraft.read(fields, organisers: organisers, knownDistricts: districts).get()
            try await req.change { change in
                guard try await VolunteerAssignment.lock(id, on: change.db), let current = try await VolunteerAssignment.find(id, on: change.db) else {
                    throw Abort(.notFound)
                }
                let draft = try AssignmentRules.edit(read, on: current.state, by: actor, at: change.now).get()
                current.apply(draft)
                try await current.update(on: change.db)
                try await Self.writeDistricts(draft, of: id, on: change.db)
                try await change.audit("volunteering.update", "volunteer_assignment", id.uuidString, draft.title)
            }
            return SiteURL.volunteering(.show(.value(assignment.slug))).path(query: [("notice", "assignmentSaved")])
        })
    }

    @Sendable func close(_ req: Request) async throws -> Response {
        let assignment = try await VolunteeringStore.find(req)
        let id = assignment.id!
        let actor = try await ProjectEvents.actor(req)
        return try await req.answerForm(render: { form, status in try await Self.renderPage(req, assignment, form, status: status) }, perform: { _ in
            try await req.change { change in
                guard try await VolunteerAssignment.lock(id, on: change.db), let current = try await VolunteerAssignment.find(id, on: change.db) else {
                    throw Abort(.notFound)
                }
                try AssignmentRules.close(current.state, by: actor, at: change.now).get()
                current.closedAt = change.now
                try await current.update(on: change.db)
                try await change.audit("volunteering.close", "volunteer_assignment", id.uuidString, current.title)
            }
            return SiteURL.volunteering(.show(.value(assignment.slug))).path(query: [("notice", "assignmentClosed")])
        })
    }
}
