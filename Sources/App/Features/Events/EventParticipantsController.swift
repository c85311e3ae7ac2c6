import Vapor
import Fluent
import Domain
import Views

/// Föreningarnas dag: a verified association signs up to take part (a table, a workshop, a talk;
/// what it needs), the organiser confirms or declines each sign-up, the association may withdraw,
/// and everyone sees the confirmed ones as the day's programme. Every step is decided by
/// `ParticipationRules` on the event and sign-up as read inside the change.
struct EventParticipantsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.events(.takePart(.key)), .signedIn, use: takePartForm)
        routes.post(.events(.takePart(.key)), .signedIn, use: takePart)
        routes.post(.events(.withdraw(.key, .key)), .signedIn, use: withdraw)
        routes.get(.events(.participants(.key)), .signedIn, use: list)
        routes.get(.events(.participant(.key, .key)), .signedIn, use: show)
        routes.post(.events(.participant(.key, .key)), .signedIn, use: decide)
        routes.get(.events(.programme(.key)), .everyone, use: programme)
    }

    static func lines(_ rows: [EventParticipant]) -> [ParticipationLine] {
        rows.map {
            ParticipationLine(id: $0.id!.uuidString.lowercased(), association: $0.association.name, associationSlug: $0.association.slug,
                              kind: $0.kind, offer: $0.offer, needs: $0.needList, otherNeeds: $0.otherNeeds, status: $0.status, reason: $0.reason)
        }
    }

    /// The confirmed associations of a Föreningarnas dag, by name (for its page and programme).
    /// Read from the day's sign-ups (a few hundred at most), their associations by id: a join
    /// sorted by the associations' names made SQLite walk the whole register in name order (0.7 s
    /// at 250 000 associations; bench/RESULTS.md).
    static func confirmed(_ event: Event, on db: any Database) async throws -> [EventParticipant] {
        try await EventParticipant.query(on: db).filter(\.$event.$id == event.id!).filter(\.$status == .confirmed)
            .with(\.$association).limit(500).all()
            .filter { $0.association.status == .verified }
            .sorted { ($0.association.sortKey, $0.association.name) < ($1.association.sortKey, $1.association.name) }
    }

    private func takePartState(_ event: Event, now: Date) -> Bool {
        event.kind == .associationsDay && !event.isCancelled && event.endsAt > now
    }

    private func renderTakePart(_ req: Request, _ event: Event, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let ids = try await ProjectEvents.actor(req).verifiedAssociations.map(\.uuid)
        let own = ids.isEmpty ? [] : try await EventParticipant.query(on: req.db).filter(\.$event.$id == event.id!)
            .filter(\.$association.$id ~~ ids).with(\.$association).sort(\.$createdAt).all()
        let taken = Set(own.map { $0.$association.id })
        let choices = ids.isEmpty ? [] : try await Association.query(on: req.db).filter(\.$id ~~ ids).sort(\.$sortKey).all()
            .filter { !taken.contains($0.id!) }
        let page = TakePartPage(event: try await EventStore.summaries([event], on: req.db)[0],
                                associations: choices.map { Form.Option($0.typedID, $0.name) }, own: Self.lines(own),
                                isOpen: takePartState(event, now: req.now), form: form)
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable func takePartForm(_ req: Request) async throws -> Response {
        let event = try await EventStore.find(req)
        guard event.kind == .associationsDay else { throw Abort(.notFound) }
        return try await renderTakePart(req, event, FormState())
    }

    @Sendable func takePart(_ req: Request) async throws -> Response {
        let event = try await EventStore.find(req)
        let id = event.id!, actor = try await ProjectEvents.actor(req), user = try req.requireUser()
        let link = req.application.baseAddress + SiteURL.events(.participants(.value(event.slug))).path
        return try await req.answerForm(render: { form, status in try await renderTakePart(req, event, form, status: status) }, perform: { fields in
            guard let association = AssociationID(fields["association"]) else {
                throw ProjectRefusal.invalid([FieldError("association", "error.choose")])
            }
            try await req.change { change in
                guard try await Event.lock(id, on: change.db), let current = try await Event.find(id, on: change.db) else { throw Abort(.notFound) }
                let earlier = try await EventParticipant.query(on: change.db).filter(\.$event.$id == id)
                    .filter(\.$association.$id == association.uuid).first()
                let draft = try ParticipationRules.signUp(fields, kind: current.kind, on: current.state, as: association,
                                                          signedUpBefore: earlier.map { $0.status != .withdrawn } ?? false, by: actor, at: change.now).get()
                // Signing up again after withdrawing opens the same row (one per association and day).
                let row: EventParticipant
                if let earlier {
                    row = earlier
                    row.write(draft, authorID: user.id, at: change.now)
                    try await row.update(on: change.db)
                } else {
                    row = EventParticipant(eventID: id, associationID: association.uuid, authorID: user.id, draft: draft, at: change.now)
                    try await row.create(on: change.db)
                }
                let name = try await Association.find(association.uuid, on: change.db)?.name ?? ""
                if !current.contactEmail.isEmpty {
                    let mail = MailText.compose(.sv, "participation.signedUp", ["title": current.title, "association": name, "link": link])
                    try await change.mail(to: current.contactEmail, name: current.contactName, subject: mail.subject, body: mail.body)
                }
                try await change.audit("event.participant.signUp", "event_participant", row.id!.uuidString, "\(current.title): \(name)")
            }
            return SiteURL.events(.takePart(.value(event.slug))).path(query: [("notice", "participationSent")])
        })
    }

    @Sendable func withdraw(_ req: Request) async throws -> Response {
        let event = try await EventStore.find(req)
        let row = try await participant(req, event)
        let (rowID, eventID, actor) = (row.id!, event.id!, try await ProjectEvents.actor(req))
        let link = req.application.baseAddress + SiteURL.events(.participants(.value(event.slug))).path
        try await req.change { change in
            guard try await EventParticipant.lock(rowID, on: change.db), let current = try await EventParticipant.find(rowID, on: change.db),
                  let event = try await Event.find(eventID, on: change.db) else { throw Abort(.notFound) }
            let wasConfirmed = current.status == .confirmed
            current.status = try ParticipationRules.withdraw(current.status, as: AssociationID(current.$association.id), of: event.state,
                                                             by: actor, at: change.now).get()
            current.decidedAt = change.now
            try await current.update(on: change.db)
            // The organiser hears when an association in the programme drops out.
            if wasConfirmed, !event.contactEmail.isEmpty {
                let name = try await Association.find(current.$association.id, on: change.db)?.name ?? ""
                let mail = MailText.compose(.sv, "participation.withdrawn", ["title": event.title, "association": name, "link": link])
                try await change.mail(to: event.contactEmail, name: event.contactName, subject: mail.subject, body: mail.body)
            }
            try await change.audit("event.participant.withdraw", "event_participant", rowID.uuidString, event.title)
        }
        return req.seeOther(SiteURL.events(.takePart(.value(event.slug))).path(query: [("notice", "participationWithdrawn")]))
    }

    private func participant(_ req: Request, _ event: Event) async throws -> EventParticipant {
        guard let raw = req.parameters.get("id"), let id = UUID(uuidString: raw),
              let row = try await EventParticipant.query(on: req.db).filter(\.$id == id).filter(\.$event.$id == event.id!)
                .with(\.$association).first() else { throw Abort(.notFound) }
        return row
    }

    /// The event, when this person organises it.
    private func managed(_ req: Request) async throws -> Event {
        let event = try await EventStore.find(req)
        guard EventRules.mayManage(event.state, by: try await ProjectEvents.actor(req)) else { throw Abort(.forbidden) }
        return event
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let event = try await managed(req)
        let rows = try await EventParticipant.query(on: req.db).filter(\.$event.$id == event.id!).with(\.$association)
            .sort(\.$createdAt).sort(\.$id).limit(1000).all()
        let order: [ParticipationStatus] = [.proposed, .confirmed, .declined, .withdrawn]
        let page = ParticipantsPage(event: try await EventStore.summaries([event], on: req.db)[0],
                                    lines: Self.lines(rows.sorted { order.firstIndex(of: $0.status)! < order.firstIndex(of: $1.status)! }))
        return req.html(page.render(try await req.page()))
    }

    private func render(_ req: Request, _ event: Event, _ row: EventParticipant, _ form: FormState,
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = ParticipantPage(event: try await EventStore.summaries([event], on: req.db)[0], line: Self.lines([row])[0], form: form)
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        let event = try await managed(req)
        return try await render(req, event, try await participant(req, event), FormState())
    }

    /// Confirms or declines a sign-up, once; the association's representatives are told.
    @Sendable func decide(_ req: Request) async throws -> Response {
        let event = try await managed(req)
        let row = try await participant(req, event)
        let (rowID, eventID, actor) = (row.id!, event.id!, try await ProjectEvents.actor(req))
        let link = req.application.baseAddress + SiteURL.events(.show(.value(event.slug))).path
        let service = req.application.siteFacts.serviceName
        return try await req.answerForm(render: { form, status in try await render(req, event, row, form, status: status) }, perform: { fields in
            let decision: CallDecision = fields["decision"] == "choose" ? .choose : .decline(reason: fields["reason"])
            try await req.change { change in
                guard try await EventParticipant.lock(rowID, on: change.db), let current = try await EventParticipant.find(rowID, on: change.db),
                      let event = try await Event.find(eventID, on: change.db) else { throw Abort(.notFound) }
                let verified = try await Association.find(current.$association.id, on: change.db)?.status == .verified
                current.status = try ParticipationRules.decide(decision, on: current.status, of: event.state, associationIsVerified: verified,
                                                               by: actor, at: change.now).get()
                if case .decline(let reason) = decision { current.reason = reason.trimmingWhitespace() }
                current.decidedAt = change.now
                try await current.update(on: change.db)
                try await Self.tell(current, event: event, link: link, service: service, change: change)
                try await change.audit(current.status == .confirmed ? "event.participant.confirm" : "event.participant.decline",
                                       "event_participant", rowID.uuidString, event.title)
            }
            return SiteURL.events(.participants(.value(event.slug))).path(query: [("notice", "participationDecided")])
        })
    }

    /// The representatives of every association signed up and not withdrawn or declined hear that
    /// the day was cancelled or moved (`kind`: participation.cancelled or participation.moved).
    static func tellTakingPart(_ kind: String, about event: Event, app: Application, in change: Change) async throws {
        let rows = try await EventParticipant.query(on: change.db).filter(\.$event.$id == event.id!)
            .filter(\.$status ~~ [.proposed, .confirmed]).all()
        guard !rows.isEmpty else { return }
        let people = try await Representative.query(on: change.db).filter(\.$association.$id ~~ rows.map { $0.$association.id }).with(\.$user).all()
        let summary = try await EventStore.summaries([event], on: change.db)[0]
        let link = app.baseAddress + SiteURL.events(.show(.value(event.slug))).path
        try await change.mail(batch: people.map { person in
            let language = Language(cookie: person.user.language), words = Wording(language)
            let mail = MailText.compose(language, kind, ["name": person.user.displayName, "title": event.title, "when": summary.when(words),
                                                         "where": summary.whereText(words), "link": link, "service": app.siteFacts.serviceName])
            return (address: person.user.email, name: Optional(person.user.displayName), subject: mail.subject, body: mail.body)
        })
    }

    /// The association's representatives hear the organiser's word.
    private static func tell(_ row: EventParticipant, event: Event, link: String, service: String, change: Change) async throws {
        let people = try await Representative.query(on: change.db).filter(\.$association.$id == row.$association.id).with(\.$user).all()
        try await change.mail(batch: people.map { person in
            let mail = MailText.compose(Language(cookie: person.user.language),
                                        row.status == .confirmed ? "participation.confirmed" : "participation.declined",
                                        ["name": person.user.displayName, "title": event.title, "reason": row.reason, "link": link, "service": service])
            return (address: person.user.email, name: Optional(person.user.displayName), subject: mail.subject, body: mail.body)
        })
    }

    @Sendable func programme(_ req: Request) async throws -> Response {
        let event = try await EventStore.find(req)
        guard event.kind == .associationsDay else { throw Abort(.notFound) }
        let page = ProgrammePage(event: try await EventStore.summaries([event], on: req.db)[0], address: event.address,
                                 lines: Self.lines(try await Self.confirmed(event, on: req.db)))
        return req.html(page.render(try await req.page()))
    }
}
