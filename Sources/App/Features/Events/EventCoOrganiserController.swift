import Vapor
import Fluent
import Domain
import Views

/// An event's co-organiser: the organiser's people invite one (a department, or a verified
/// association by its organisation number), the invited side's people say yes or no, and the
/// organiser — or the co-organiser itself — takes it off. Each is decided by `EventRules` on the
/// event as read inside the change; an invitation is mailed to the invited side's people.
struct EventCoOrganiserController {
    func register(_ routes: any RoutesBuilder) {
        routes.post(.events(.coOrganiser(.key)), .signedIn, use: invite)
        routes.post(.events(.coOrganiserAnswer(.key)), .signedIn, use: answer)
        routes.post(.events(.coOrganiserRemove(.key)), .signedIn, use: remove)
    }

    @Sendable func invite(_ req: Request) async throws -> Response {
        try await act(req, notice: "coOrganiserInvited") { fields, db in
            let (party, verified) = try await PartyPeople.invitee(fields, prefix: "co", on: db)
            return .invite(party, verified: verified)
        }
    }

    @Sendable func answer(_ req: Request) async throws -> Response {
        try await act(req, notice: "invitationAnswered") { fields, _ in .answer(accept: fields["accept"] == "yes") }
    }

    @Sendable func remove(_ req: Request) async throws -> Response {
        try await act(req, notice: "coOrganiserRemoved") { _, _ in .remove }
    }

    private func act(_ req: Request, notice: String,
                     _ read: @escaping @Sendable (FormFields, any Database) async throws -> CoOrganiserEvent) async throws -> Response {
        let event = try await EventStore.find(req)
        let id = event.id!
        let actor = try await ProjectEvents.actor(req)
        let app = req.application
        return try await req.answerForm(render: { form, status in
            try await EventsController.renderPage(req, event, FormState(), coForm: form, status: status)
        }, perform: { fields in
            let what = try await read(fields, req.db)
            try await req.change { change in
                guard try await Event.lock(id, on: change.db), let current = try await Event.find(id, on: change.db) else { throw Abort(.notFound) }
                let decision = try EventRules.decide(what, on: current.state, title: current.title, by: actor, at: change.now).get()
                current.coOrganiser = decision.coOrganiser
                try await current.update(on: change.db)
                if let invited = decision.invited {
                    let parties = current.organiser.map { [$0] } ?? []
                    let organiser = try await ProjectStore.names(parties, on: change.db).first?.value.name
                    try await PartyPeople.tell(invited, "event.coOrganiserInvitation", [
                        "organiser": organiser ?? "", "title": current.title, "service": app.siteFacts.serviceName,
                        "link": app.baseAddress + SiteURL.events(.show(.value(current.slug))).path,
                    ], change: change)
                }
                try await change.audit(decision.audit, "event", id)
            }
            return SiteURL.events(.show(.value(event.slug))).path(query: [("notice", notice)])
        })
    }

    /// What the page offers this person about the co-organiser; nil for everyone else, and once
    /// the event is cancelled or over.
    static func block(_ req: Request, _ event: Event, actor: ProjectActor?, form: FormState) async throws -> CoOrganiserBlock? {
        guard let actor, !event.isCancelled, event.endsAt > req.now else { return nil }
        let state = event.state
        var name: String?
        if let party = state.coOrganiser?.party { name = try await ProjectStore.names([party], on: req.db)[party]?.name ?? "" }
        if EventRules.mayManage(state, by: actor) {
            let departments = try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all()
                .map { (Party.department($0.typedID), $0.name) }.filter { $0.0 != state.organiser }.map { Form.Option($0.0.description, $0.1) }
            return CoOrganiserBlock(role: .organiser(current: name, status: state.coOrganiser?.status, departments: departments), form: form)
        }
        guard let name else { return nil }
        if EventRules.mayAnswer(state, by: actor) { return CoOrganiserBlock(role: .invited(name), form: form) }
        if EventRules.mayWithdraw(state, by: actor) { return CoOrganiserBlock(role: .coOrganiser(name), form: form) }
        return nil
    }
}
