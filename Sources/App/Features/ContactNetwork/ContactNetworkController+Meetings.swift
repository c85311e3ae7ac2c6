import Vapor
import Fluent
import Domain
import Views

/// The coordinator records a meeting and, once held, who came: one change with its audit row,
/// decided by `NetworkRules` inside it; bad input comes back with what to fix.
extension ContactNetworkController {
    static func departments(_ req: Request) async throws -> [Department] {
        try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all()
    }

    static func render(_ req: Request, _ form: FormState, id: UUID? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        guard NetworkRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let page = NetworkMeetingFormPage(form: form, departments: try await departments(req).map { Form.Option($0.typedID, $0.name) },
                                          id: id?.uuidString.lowercased())
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        try await Self.render(req, FormState(values: ["day": CalendarDay(req.now).description]))
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        guard NetworkRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let meeting = try await Self.find(req)
        let came = try await NetworkAttendance.query(on: req.db).filter(\.$meeting.$id == meeting.id!).all().map { DepartmentID($0.$department.id).description }
        let values = FormFields([("day", meeting.day), ("place", meeting.place), ("agenda", meeting.agenda), ("minutes", meeting.minutes)]
                                + came.map { ("present", $0) })
        return try await Self.render(req, FormState(fields: values), id: meeting.id)
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        try await save(req, id: nil)
    }

    @Sendable func update(_ req: Request) async throws -> Response {
        guard NetworkRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        return try await save(req, id: try await Self.find(req).id)
    }

    private func save(_ req: Request, id: UUID?) async throws -> Response {
        guard NetworkRules.mayManage(req.actor) else { throw Abort(.forbidden) }
        let known = Set(try await Self.departments(req).map { DepartmentID($0.id!) })
        let today = CalendarDay(req.now)
        return try await req.answerForm(render: { form, status in try await Self.render(req, form, id: id, status: status) }, perform: { fields in
            let draft = try NetworkMeetingDraft.read(fields, departments: known, today: today).get()
            let saved = try await req.change { change in
                try NetworkRules.record(by: change.actor).get()
                let meeting: NetworkMeeting
                if let id {
                    guard try await NetworkMeeting.lock(id, on: change.db), let found = try await NetworkMeeting.find(id, on: change.db) else { throw Abort(.notFound) }
                    meeting = found
                } else {
                    meeting = NetworkMeeting()
                }
                meeting.apply(draft)
                try await meeting.save(on: change.db)
                try await NetworkAttendance.query(on: change.db).filter(\.$meeting.$id == meeting.id!).delete()
                for department in draft.present { try await NetworkAttendance(meetingID: meeting.id!, departmentID: department.uuid).create(on: change.db) }
                try await change.audit(id == nil ? "network.meeting" : "network.meeting.update", "network_meeting", meeting.id!.uuidString,
                                       "\(draft.day) \(draft.place): \(draft.present.count) present")
                return meeting.id!
            }
            return SiteURL.contactNetwork(.meeting(.value(saved.uuidString.lowercased()))).path(query: [("notice", "networkMeetingSaved")])
        })
    }
}
