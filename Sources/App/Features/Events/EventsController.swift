import Vapor
import Fluent
import Domain
import Views

/// Events (N21, N22, N25): everyone finds what is coming, by district and kind, and takes it into
/// their calendar; a department's staff and a verified association's representatives publish,
/// change and cancel their own.
struct EventsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.events(.list), .everyone, use: list)
        routes.get(.eventsCalendar, .everyone, use: calendar)
        routes.get(.events(.new), .signedIn, use: newForm)
        routes.post(.events(.new), .signedIn, use: create)
        routes.get(.events(.show(.key)), .everyone, use: show)
        routes.get(.events(.poster(.key)), .everyone, use: poster)
        routes.get(.events(.edit(.key)), .signedIn, use: editForm)
        routes.post(.events(.edit(.key)), .signedIn, use: update)
        routes.post(.events(.cancel(.key)), .signedIn, use: cancel)
    }

    static func districtOptions(_ req: Request) async throws -> [Form.Option] {
        try await District.query(on: req.db).sort(\.$position).sort(\.$name).all().map { Form.Option($0.typedID, $0.name) }
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let filter = EventStore.Filter(req)
        let page = Domain.PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let total = try await EventStore.coming(filter, now: req.now, on: req.db).count()
        let rows = try await EventStore.coming(filter, now: req.now, on: req.db).range(page.offset..<(page.offset + page.size)).all()
        EventStore.keepUntilChanged(req, rows)
        let model = EventListPage(district: filter.district?.description ?? "", kind: filter.kind?.rawValue ?? "",
                                  districts: try await Self.districtOptions(req),
                                  items: try req.paged(items: try await EventStore.summaries(rows, today: CalendarDay(req.now), on: req.db),
                                                       page: page, total: total),
                                  canPublish: !(try await ProjectEditorController.owners(req)).isEmpty)
        return req.html(model.render(try await req.page()))
    }

    /// Every coming event (at most 1 000) with the list's filters, as iCalendar.
    @Sendable func calendar(_ req: Request) async throws -> Response {
        let rows = try await EventStore.coming(EventStore.Filter(req), now: req.now, on: req.db).limit(1000).all()
        EventStore.keepUntilChanged(req, rows)
        return try await Self.ics(req, rows, name: req.application.siteFacts.serviceName)
    }

    static func ics(_ req: Request, _ rows: [Event], name: String) async throws -> Response {
        let base = req.application.baseAddress
        let summaries = try await EventStore.summaries(rows, on: req.db)
        let text = ICalendar.document(zip(rows, summaries).map { EventStore.entry($0, summary: $1, base: base) }, name: name)
        let response = Response(status: .ok, body: .init(string: text))
        response.headers.replaceOrAdd(name: .contentType, value: "text/calendar; charset=utf-8")
        return response
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        let slug = req.parameters.get("slug") ?? ""
        if slug.hasSuffix(".ics") {
            let event = try await EventStore.find(req, slug: String(slug.dropLast(4)))
            return try await Self.ics(req, [event], name: event.title)
        }
        return try await Self.renderPage(req, try await EventStore.find(req), FormState())
    }

    /// The event on one A4 sheet, from the same facts as its page.
    @Sendable func poster(_ req: Request) async throws -> Response {
        let page = EventPosterPage(event: try await Self.model(req, try await EventStore.find(req), FormState()))
        return req.html(page.render(try await req.page()))
    }

    /// `coForm`: the co-organiser form sent, when it was refused.
    static func renderPage(_ req: Request, _ event: Event, _ form: FormState, coForm: FormState = FormState(),
                           status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = try await model(req, event, form, coForm: coForm)
        // An event taking registrations carries a form token, so a form loaded before the last day
        // and sent after it is told why, not refused blind; the page is the same for every
        // anonymous visitor but for that token, so it is kept in the page cache (`SharedForms`).
        return req.html(page.render(try await req.page(forms: page.registration != nil, shared: true)), status: status)
    }

    static func model(_ req: Request, _ event: Event, _ form: FormState, coForm: FormState = FormState()) async throws -> EventPage {
        let actor = req.actor.isSignedIn ? try await ProjectEvents.actor(req) : nil
        let canManage = actor.map { EventRules.mayManage(event.state, by: $0) } ?? false
        var registration: RegistrationBlock?
        if let settings = event.registration {
            let rows = EventRegistration.query(on: req.db).filter(\.$event.$id == event.id!)
            let confirmed = try await rows.copy().filter(\.$status == .confirmed).count()
            let waiting = try await rows.copy().filter(\.$status == .waiting).count()
            let state = RegistrationState(settings: settings, isCancelled: event.isCancelled, starts: event.startsAt, confirmed: confirmed)
            let open = RegistrationRules.register(on: state, alreadyRegistered: false, at: req.now)
            registration = RegistrationBlock(capacity: settings.capacity, confirmed: confirmed, waiting: waiting, closes: settings.closes,
                                             question: settings.question, isOpen: (try? open.get()) != nil)
            registration?.departments = try await EventStore.departments(for: event, on: req.db)?.map { Form.Option($0.typedID, $0.name) }
        }
        let summary = try await EventStore.summaries([event], today: CalendarDay(req.now), on: req.db)[0]
        EventStore.keepUntilChanged(req, [event])
        return EventPage(
            summary: summary, description: event.description, address: event.address,
            directions: event.directions, onlineURL: event.onlineURL, languages: event.languages, price: event.price,
            targetGroups: event.groups, goals: event.sdgs, contactName: event.contactName, contactEmail: event.contactEmail,
            url: req.application.baseAddress + SiteURL.events(.show(.value(event.slug))).path,
            starts: EventStore.iso(event.startsAt), ends: EventStore.iso(summary.firstEnds), registration: registration,
            participants: event.kind == .associationsDay ? try await EventParticipantsController.confirmed(event, on: req.db).map(\.association.name) : nil,
            signUpOpen: event.kind == .associationsDay && !event.isCancelled && event.endsAt > req.now,
            canManage: canManage, coOrganiser: try await EventCoOrganiserController.block(req, event, actor: actor, form: coForm), form: form)
    }

    private func renderForm(_ req: Request, _ form: FormState, slug: String? = nil, status: HTTPResponseStatus = .ok) async throws -> Response {
        let organisers = try await ProjectEditorController.owners(req)
        let page = EventFormPage(form: form, organisers: organisers.map { Form.Option($0.party.description, $0.name) },
                                 districts: try await Self.districtOptions(req), goals: try await ProjectsController.goalOptions(req), slug: slug)
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        try await renderForm(req, FormState(values: ["contactName": req.currentUser?.displayName ?? "", "contactEmail": req.currentUser?.email ?? ""]))
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        let organisers = try await ProjectEditorController.owners(req).map(\.party)
        let districts = Set(try await District.query(on: req.db).all().map(\.typedID))
        let user = try req.requireUser()
        return try await req.answerForm(render: { form, status in try await renderForm(req, form, status: status) }, perform: { fields in
            let draft = try EventDraft.read(fields, organisers: organisers, knownDistricts: districts).get()
            let slug = try await req.change { change -> String in
                let event = Event()
                event.apply(draft, at: change.now)
                event.authorID = user.id
                event.slug = try await Slug.unique(draft.title, on: change.db, in: Event.self)
                try await event.create(on: change.db)
                try await change.audit("event.create", "event", event.id!.uuidString, "\(draft.title) (\(draft.startDay))")
                return event.slug
            }
            return SiteURL.events(.show(.value(slug))).path(query: [("notice", "eventPublished")])
        })
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        let event = try await EventStore.find(req)
        guard EventRules.mayManage(event.state, by: try await ProjectEvents.actor(req)) else { throw Abort(.forbidden) }
        return try await renderForm(req, FormState(fields: event.formValues), slug: event.slug)
    }

    /// A change decided on the event as read inside the change: another's is forbidden, a
    /// cancelled or past one changes no more; a moved one raises its calendar sequence.
    @Sendable func update(_ req: Request) async throws -> Response {
        let event = try await EventStore.find(req)
        let id = event.id!
        let actor = try await ProjectEvents.actor(req)
        let organisers = try await ProjectEditorController.owners(req).map(\.party)
        let districts = Set(try await District.query(on: req.db).all().map(\.typedID))
        let app = req.application
        return try await req.answerForm(render: { form, status in try await renderForm(req, form, slug: event.slug, status: status) }, perform: { fields in
            let draft = try EventDraft.read(fields, organisers: organisers, knownDistricts: districts).get()
            try await req.change { change in
                guard try await Event.lock(id, on: change.db), let current = try await Event.find(id, on: change.db) else { throw Abort(.notFound) }
                let sequence = current.sequence
                var state = current.state
                state.takingPart = try await EventParticipant.query(on: change.db).filter(\.$event.$id == id)
                    .filter(\.$status ~~ [.proposed, .confirmed]).count()
                current.apply(try EventRules.edit(draft, on: state, by: actor, at: change.now).get(), at: change.now)
                try await current.update(on: change.db)
                // Places added go to the waiting list first (their mail has the new time and the
                // calendar file); then, if it moved, everyone else registered is told.
                let promoted = try await EventRegistrationsController.moveUp(current, app: app, in: change)
                if current.sequence != sequence {
                    try await EventMails.tellEveryone("event.moved", about: current, except: promoted, app: app, in: change)
                }
                try await change.audit("event.update", "event", id.uuidString, "\(draft.title) (\(draft.startDay))")
            }
            return SiteURL.events(.show(.value(event.slug))).path(query: [("notice", "eventSaved")])
        })
    }

    @Sendable func cancel(_ req: Request) async throws -> Response {
        let event = try await EventStore.find(req)
        let id = event.id!
        let actor = try await ProjectEvents.actor(req)
        let app = req.application
        return try await req.answerForm(render: { form, status in try await Self.renderPage(req, event, form, status: status) }, perform: { _ in
            try await req.change { change in
                guard try await Event.lock(id, on: change.db), let current = try await Event.find(id, on: change.db) else { throw Abort(.notFound) }
                try EventRules.cancel(current.state, by: actor, at: change.now).get()
                current.cancelledAt = change.now
                current.sequence += 1
                try await current.update(on: change.db)
                try await EventMails.tellEveryone("event.cancelled", about: current, app: app, in: change)
                try await change.audit("event.cancel", "event", id.uuidString, current.title)
            }
            return SiteURL.events(.show(.value(event.slug))).path(query: [("notice", "eventCancelled")])
        })
    }
}
