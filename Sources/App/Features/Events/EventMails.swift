import Vapor
import Fluent
import Domain
import Views

/// The mails about a registration, written by `Wording` in Swedish (a registration has no
/// account, and so no chosen language): every one carries the link to see or give up the place,
/// and the event's calendar file.
enum EventMails {
    static func values(_ registration: EventRegistration, event: Event, app: Application, on db: any Database) async throws -> [String: String] {
        let summary = try await EventStore.summaries([event], on: db)[0]
        let words = Wording(.sv), base = app.baseAddress
        return ["name": registration.name, "title": event.title, "when": summary.when(words), "where": summary.whereText(words),
                "link": base + SiteURL.events(.unregister(.value(registration.token))).path,
                "calendar": base + EventsURL.calendar(event.slug), "service": app.siteFacts.serviceName]
    }

    static func registered(_ registration: EventRegistration, event: Event, app: Application, on db: any Database) async throws -> MailText {
        MailText.compose(.sv, registration.status == .waiting ? "event.waiting" : "event.registered",
                         try await values(registration, event: event, app: app, on: db))
    }

    /// The event's calendar entry as a file, for a mail that confirms a place: one tap puts it in the calendar.
    static func calendar(_ event: Event, app: Application, on db: any Database) async throws -> MailAttachment {
        let summary = try await EventStore.summaries([event], on: db)[0]
        return .calendar(ICalendar.document([EventStore.entry(event, summary: summary, base: app.baseAddress)], name: event.title, publish: false))
    }

    static func promoted(_ registration: EventRegistration, event: Event, app: Application, on db: any Database) async throws -> MailText {
        MailText.compose(.sv, "event.promoted", try await values(registration, event: event, app: app, on: db))
    }

    /// Everyone registered (with an address, not cancelled) is told the event was cancelled or moved.
    /// Those with a place get the calendar file as it now is: its raised SEQUENCE (and
    /// STATUS:CANCELLED) makes a calendar that took the first file move or strike out its copy.
    /// Those waiting never had the file, and get none.
    static func tellEveryone(_ kind: String, about event: Event, except told: Set<UUID> = [], app: Application, in change: Change) async throws {
        let rows = try await EventRegistration.query(on: change.db).filter(\.$event.$id == event.id!).filter(\.$status ~~ [.confirmed, .waiting])
            .filter(\.$email != "").all()
        for status in [RegistrationStatus.confirmed, .waiting] {
            var batch: [(address: String, name: String?, subject: String, body: String)] = []
            for row in rows where row.status == status && !told.contains(row.id!) {
                let mail = MailText.compose(.sv, status == .waiting ? kind + "Waiting" : kind, try await values(row, event: event, app: app, on: change.db))
                batch.append((row.email, row.name, mail.subject, mail.body))
            }
            guard !batch.isEmpty else { continue }
            try await change.mail(batch: batch, attachment: status == .confirmed ? try await calendar(event, app: app, on: change.db) : nil)
        }
        try await EventParticipantsController.tellTakingPart(kind == "event.cancelled" ? "participation.cancelled" : "participation.moved",
                                                            about: event, app: app, in: change)
    }
}
