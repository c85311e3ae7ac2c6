import Vapor
import Fluent
import FluentSQL
import Domain
import Views

/// Tells subscribers about a new event in a district they follow (the consultation subscriptions,
/// extended to what happens there): a mail now, or a line in Monday's digest for those who chose
/// it. An event online only, with no district, is told to no one; a cancelled one or one already
/// over is not told. The notice row is written in the same change as the mails (`ConsultationNotices.deliver`).
enum EventNotices {
    /// Events published in the last two weeks are looked at; an older one was noticed already or
    /// was published before subscriptions took events.
    static let window: TimeInterval = 14 * 86_400

    @discardableResult
    static func run(_ app: Application) async throws -> Int {
        let now = app.wallClock.now
        let recent = try await Event.query(on: app.db).filter(\.$createdAt >= now.addingTimeInterval(-window))
            .filter(\.$districtID != nil).filter(\.$cancelledAt == nil).filter(\.$endsAt > now)
            // Those noticed already are left out here, not after: 200 told ones must not hide a new one.
            .filter(.sql(embed: "NOT EXISTS (SELECT 1 FROM \(ident: EventNotice.schema) n WHERE n.event_id = \(ident: Event.schema).id)"))
            .sort(\.$createdAt).limit(200).all()
        var sent = 0
        for event in recent {
            sent += try await send(app, event)
        }
        return sent
    }

    /// Sends one event's notice; returns the number of mails queued.
    static func send(_ app: Application, _ event: Event) async throws -> Int {
        guard let id = event.id, let district = event.districtID else { return 0 }
        let recipients = try await ConsultationNotices.matching(districts: [district], categories: [], on: app.db)
        let summary = try await EventStore.summaries([event], today: CalendarDay(app.wallClock.now), on: app.db)[0]
        let link = app.baseAddress + SiteURL.events(.show(.value(event.slug))).path
        let service = app.siteFacts.serviceName
        let texts = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            let words = Wording(language)
            return (language, MailText.compose(language, "event.notice", [
                "name": "", "title": summary.title, "district": summary.district ?? "", "when": summary.when(words),
                "where": summary.whereText(words), "easyRead": summary.easyRead, "link": link, "unsubscribe": "{unsubscribe}", "service": service]))
        })
        return try await ConsultationNotices.deliver(app, label: "event notices", recipients, texts: texts,
                                                     audit: ("event.notice", "event_notice", id, ""), mark: { change, count in
            try await EventNotice(eventID: id, at: change.now, recipients: count).create(on: change.db)
        }, digest: { weekly, change in
            try await change.insert(weekly.map { EventDigestItem(subscriberID: $0, eventID: id, at: change.now) })
        })
    }
}
