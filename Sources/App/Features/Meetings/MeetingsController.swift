import Vapor
import Fluent
import Domain
import Views

/// A body's meetings: anyone reads one; the coordinator records a meeting and, once held, who
/// came — one change with its audit row, decided by `MeetingRules` inside it; bad input comes
/// back with what to fix. The contact network and the council register one each.
struct MeetingsController<Record: MeetingRecord> {
    let show: SiteURL, new: SiteURL, edit: SiteURL

    func register(_ routes: any RoutesBuilder) {
        routes.get(show, .everyone, use: meeting)
        routes.get(new, .signedIn, use: newForm)
        routes.post(new, .signedIn, use: create)
        routes.get(edit, .signedIn, use: editForm)
        routes.post(edit, .signedIn, use: update)
    }

    private func find(_ req: Request) async throws -> Record {
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)), let meeting = try await Record.find(id, on: req.db)
        else { throw Abort(.notFound) }
        return meeting
    }

    @Sendable func meeting(_ req: Request) async throws -> Response {
        let meeting = try await find(req)
        let attendees = try await Record.attendees(on: req.db)
        let came = try await Record.present(at: meeting.id!, on: req.db)
        let page = MeetingPage(
            body: Record.body, id: meeting.id!.uuidString.lowercased(), day: meeting.calendarDay, place: meeting.place, agenda: meeting.agenda,
            minutes: meeting.minutes, present: attendees.filter { came.contains($0.id) }.map(\.name),
            absent: attendees.filter { !came.contains($0.id) }.map(\.name),
            held: meeting.calendarDay <= CalendarDay(req.now), canManage: MeetingRules.mayManage(req.actor))
        return req.html(page.render(try await req.page()))
    }

    private func render(_ req: Request, _ form: FormState, id: UUID? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        guard MeetingRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let page = MeetingFormPage(body: Record.body, form: form, attendees: try await Record.attendees(on: req.db).map { Form.Option($0.id.description, $0.name) },
                                   id: id?.uuidString.lowercased())
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        try await render(req, FormState(values: ["day": CalendarDay(req.now).description]))
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        guard MeetingRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let meeting = try await find(req)
        let came = try await Record.present(at: meeting.id!, on: req.db).map(\.description).sorted()
        let values = FormFields([("day", meeting.day), ("place", meeting.place), ("agenda", meeting.agenda), ("minutes", meeting.minutes)]
                                + came.map { ("present", $0) })
        return try await render(req, FormState(fields: values), id: meeting.id)
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        try await save(req, id: nil)
    }

    @Sendable func update(_ req: Request) async throws -> Response {
        guard MeetingRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        return try await save(req, id: try await find(req).id)
    }

    private func save(_ req: Request, id: UUID?) async throws -> Response {
        guard MeetingRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let known = Set(try await Record.attendees(on: req.db).map(\.id))
        let today = CalendarDay(req.now)
        let action = Record.body.rawValue + ".meeting"
        return try await req.answerForm(render: { form, status in try await render(req, form, id: id, status: status) }, perform: { fields in
            let draft = try MeetingDraft<Record.Attendee>.read(fields, attendees: known, today: today).get()
            let saved = try await req.change { change in
                try MeetingRules.record(by: change.actor).get()
                let meeting: Record
                if let id {
                    guard try await Record.lock(id, on: change.db), let found = try await Record.find(id, on: change.db) else { throw Abort(.notFound) }
                    meeting = found
                } else {
                    meeting = Record()
                }
                meeting.apply(draft)
                try await meeting.save(on: change.db)
                try await Record.record(draft.present, at: meeting.id!, on: change.db)
                try await change.audit(id == nil ? action : action + ".update", Record.entityType, meeting.id!.uuidString,
                                       "\(draft.day) \(draft.place): \(draft.present.count) present")
                return meeting.id!
            }
            return Record.body.meeting(saved.uuidString.lowercased()) + "?notice=meetingSaved"
        })
    }
}
