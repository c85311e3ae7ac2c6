import Vapor
import Fluent
import Domain
import Views

/// Registering for an event without an account (a place, or the waiting list), giving it up by
/// the link in the mail (the first waiting moves up and is mailed), and the organiser's list:
/// answers, attendance, a signature list to print, and registering someone who phoned.
struct EventRegistrationsController {
    func register(_ routes: any RoutesBuilder) {
        routes.post(.events(.register(.key)), .everyone, use: signUp)
        routes.get(.events(.registrations(.key)), .signedIn, use: list)
        routes.post(.events(.registrations(.key)), .signedIn, use: attendance)
        routes.post(.events(.registerFor(.key)), .signedIn, use: signUpFor)
        routes.get(.events(.unregister(.key)), .everyone, use: unregisterPage)
        routes.post(.events(.unregister(.key)), .everyone, use: unregister)
    }

    /// Decides and writes one registration inside the caller's change, on the event locked and
    /// read there: of 40 at once for 10 places, exactly 10 are confirmed.
    static func add(_ draft: SignUpDraft, to id: UUID, registeredBy: UUID?, app: Application, in change: Change) async throws -> EventRegistration {
        guard try await Event.lock(id, on: change.db), let event = try await Event.find(id, on: change.db) else { throw Abort(.notFound) }
        let rows = EventRegistration.query(on: change.db).filter(\.$event.$id == id)
        let confirmed = try await rows.copy().filter(\.$status == .confirmed).count()
        let already = try await draft.email.asyncMap {
            try await rows.copy().filter(\.$email == $0.value).filter(\.$status != .cancelled).count() > 0
        } ?? false
        let state = RegistrationState(settings: event.registration, isCancelled: event.isCancelled, starts: event.startsAt, confirmed: confirmed)
        let status = try RegistrationRules.register(on: state, alreadyRegistered: already, at: change.now).get()
        let registration = EventRegistration(eventID: id, draft: draft, status: status, token: SecureToken.make(), registeredBy: registeredBy, at: change.now)
        try await registration.create(on: change.db)
        if let email = draft.email {
            let mail = try await EventMails.registered(registration, event: event, app: app, on: change.db)
            let calendar = status == .confirmed ? try await EventMails.calendar(event, app: app, on: change.db) : nil
            try await change.limitedMail(to: email.value, name: draft.name, subject: mail.subject, body: mail.body, attachment: calendar)
        }
        try await change.audit("event.register", "event_registration", registration.id!.uuidString, "\(event.title): \(status.rawValue)")
        return registration
    }

    @Sendable func signUp(_ req: Request) async throws -> Response {
        let event = try await EventStore.find(req)
        let id = event.id!, client = req.clientAddress, app = req.application
        let departments = try await EventStore.departments(for: event, on: req.db).map { Set($0.map(\.typedID)) }
        return try await req.answerForm(render: { form, status in try await EventsController.renderPage(req, event, form, status: status) }, perform: { fields in
            let draft = try SignUpDraft.read(fields, addressRequired: true, departments: departments).get()
            let registration = try await req.change { change in
                try await change.take(.eventRegistrationsFromClient, for: client)
                return try await Self.add(draft, to: id, registeredBy: nil, app: app, in: change)
            }
            let notice = registration.status == .waiting ? "eventWaiting" : "eventRegistered"
            return SiteURL.events(.show(.value(event.slug))).path(query: [("notice", notice)])
        })
    }

    /// The event, when this person organises it.
    private func managed(_ req: Request) async throws -> Event {
        let event = try await EventStore.find(req)
        guard EventRules.mayManage(event.state, by: try await ProjectEvents.actor(req)) else { throw Abort(.forbidden) }
        return event
    }

    private func render(_ req: Request, _ event: Event, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let rows = try await EventRegistration.query(on: req.db).filter(\.$event.$id == event.id!).sort(\.$createdAt).sort(\.$id).limit(2000).all()
        let order: [RegistrationStatus] = [.confirmed, .waiting, .cancelled]
        let departments = try await EventStore.departments(for: event, on: req.db)
        let names = Dictionary(uniqueKeysWithValues: (departments ?? []).map { ($0.id!, $0.name) })
        var page = RegistrationsPage(
            event: try await EventStore.summaries([event], on: req.db)[0], question: event.question,
            rows: rows.sorted { order.firstIndex(of: $0.status)! < order.firstIndex(of: $1.status)! }.map { row in
                var line = RegistrationsPage.Row(id: row.id!.uuidString.lowercased(), name: row.name, email: row.email, answer: row.answer,
                                                 status: row.status, attended: row.attended)
                line.comesAs = Self.comesAs(row, names: names, req.language)
                return line
            }, form: form)
        if let departments {
            page.departments = departments.map { Form.Option($0.typedID, $0.name) }
            page.reach = Self.reach(rows.filter { $0.attended && $0.status == .confirmed }, departments: departments)
        }
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        try await render(req, try await managed(req), FormState())
    }

    /// Who came: the ticked confirmed registrations, the others not.
    @Sendable func attendance(_ req: Request) async throws -> Response {
        let event = try await managed(req)
        let id = event.id!
        let came = Set(req.formFields.all("attended").compactMap(UUID.init(uuidString:)))
        try await req.change { change in
            let rows = try await EventRegistration.query(on: change.db).filter(\.$event.$id == id).filter(\.$status == .confirmed).all()
            for row in rows where row.attended != came.contains(row.id!) {
                row.attended = came.contains(row.id!)
                try await row.update(on: change.db)
            }
            try await change.audit("event.attendance", "event_registration", id.uuidString, "\(event.title): \(came.count) came")
        }
        return req.seeOther(SiteURL.events(.registrations(.value(event.slug))).path(query: [("notice", "attendanceSaved")]))
    }

    /// A handler registers someone who phoned (N19); the address may be left out.
    @Sendable func signUpFor(_ req: Request) async throws -> Response {
        let event = try await managed(req)
        let id = event.id!, app = req.application, user = try req.requireUser()
        let departments = try await EventStore.departments(for: event, on: req.db).map { Set($0.map(\.typedID)) }
        return try await req.answerForm(render: { form, status in try await render(req, event, form, status: status) }, perform: { fields in
            let draft = try SignUpDraft.read(fields, addressRequired: false, departments: departments).get()
            _ = try await req.change { change in try await Self.add(draft, to: id, registeredBy: user.id, app: app, in: change) }
            return SiteURL.events(.registrations(.value(event.slug))).path(query: [("notice", "eventRegisteredFor")])
        })
    }

    private func byToken(_ req: Request) async throws -> (EventRegistration, Event) {
        guard let token = req.parameters.get("token"), token.count <= 100,
              let registration = try await EventRegistration.query(on: req.db).filter(\.$token == token).with(\.$event).first()
        else { throw Abort(.notFound) }
        return (registration, registration.event)
    }

    @Sendable func unregisterPage(_ req: Request) async throws -> Response {
        let (registration, event) = try await byToken(req)
        let page = UnregisterPage(event: try await EventStore.summaries([event], on: req.db)[0], token: registration.token, status: registration.status)
        return req.html(page.render(try await req.page(forms: true)))
    }

    /// Gives up the place, decided on the registration as read inside the change; a freed place
    /// goes to the first on the waiting list, who is mailed once.
    @Sendable func unregister(_ req: Request) async throws -> Response {
        let (registration, event) = try await byToken(req)
        let id = registration.id!, eventID = event.id!, app = req.application
        return try await req.answerForm(render: { form, status in
            let page = UnregisterPage(event: try await EventStore.summaries([event], on: req.db)[0], token: registration.token,
                                      status: registration.status, form: form)
            return req.html(page.render(try await req.page(forms: true)), status: status)
        }, perform: { _ in
            try await req.change { change in
                guard try await Event.lock(eventID, on: change.db), let current = try await EventRegistration.find(id, on: change.db),
                      let event = try await Event.find(eventID, on: change.db) else { throw Abort(.notFound) }
                let freed = try RegistrationRules.cancel(current.status).get()
                current.status = .cancelled
                current.cancelledAt = change.now
                try await current.update(on: change.db)
                try await change.audit("event.unregister", "event_registration", id.uuidString, event.title)
                if freed { try await Self.moveUp(event, app: app, in: change) }
            }
            return SiteURL.events(.unregister(.value(registration.token))).path(query: [("notice", "eventUnregistered")])
        })
    }

    /// Fills free places from the waiting list, in the order people came, and mails each once.
    /// Returns the registrations moved up.
    @discardableResult
    static func moveUp(_ event: Event, app: Application, in change: Change) async throws -> Set<UUID> {
        guard let capacity = event.capacity, !event.isCancelled else { return [] }
        let rows = EventRegistration.query(on: change.db).filter(\.$event.$id == event.id!)
        let confirmed = try await rows.copy().filter(\.$status == .confirmed).count()
        let waiting = try await rows.copy().filter(\.$status == .waiting).sort(\.$createdAt).sort(\.$id).limit(max(0, capacity - confirmed)).all()
        let promoted = RegistrationRules.promoted(free: capacity - confirmed, waiting: waiting)
        // One calendar file for everyone moved up, made only if someone has an address to send it to.
        let calendar = promoted.contains { !$0.email.isEmpty } ? try await EventMails.calendar(event, app: app, on: change.db) : nil
        for row in promoted {
            row.status = .confirmed
            try await row.update(on: change.db)
            if !row.email.isEmpty {
                let mail = try await EventMails.promoted(row, event: event, app: app, on: change.db)
                try await change.mail(to: row.email, name: row.name, subject: mail.subject, body: mail.body, attachment: calendar)
            }
            try await change.audit("event.promote", "event_registration", row.id!.uuidString, event.title)
        }
        return Set(promoted.compactMap(\.id))
    }
}

extension EventRegistrationsController {
    /// "Personal, Kultur- och fritidsförvaltningen": who a training's registration comes as.
    static func comesAs(_ row: EventRegistration, names: [UUID: String], _ language: Language) -> String {
        guard let group = row.group else { return "" }
        return ([Wording(language).t("attendeeGroup.\(group.rawValue)")] + [row.departmentID.flatMap { names[$0] }].compactMap { $0 })
            .joined(separator: ", ")
    }

    /// Who came to a training, per group and per department (staff and politicians), departments in their usual order.
    static func reach(_ came: [EventRegistration], departments: [Department]) -> TrainingReach {
        var byGroup: [AttendeeGroup?: Int] = [:], byDepartment: [UUID: Int] = [:]
        for row in came {
            byGroup[row.group, default: 0] += 1
            if let department = row.departmentID { byDepartment[department, default: 0] += 1 }
        }
        return TrainingReach(byGroup: byGroup, byDepartment: departments.compactMap { department in
            byDepartment[department.id!].map { (department.name, $0) }
        })
    }
}
