import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// Tells subscribers about consultations that concern them: when one is announced, when it
/// opens, and a week before it closes — one mail per address and event, however many of their
/// topics match, or a line in Monday's digest for those who chose it. The notice row is
/// written in the same change as the mails, so with several instances only one sends them.
package enum ConsultationNotices {
    /// Looks for due notices; run every few minutes by the background work.
    @discardableResult
    package static func run(_ app: Application) async throws -> Int {
        let now = app.wallClock.now
        let candidates = try await Consultation.query(on: app.db).filter(\.$announcedOn <= now).filter(\.$closesAt > now)
            .filter(\.$compiledAt == nil).sort(\.$closesAt).limit(500).all()
        let ids = candidates.compactMap(\.id)
        let done = ids.isEmpty ? [] : try await ConsultationNotice.query(on: app.db).filter(\.$consultation.$id ~~ ids).all()
        let sentBefore = Set(done.map { "\($0.$consultation.id) \($0.event.rawValue)" })
        var sent = 0
        for consultation in candidates {
            guard let event = ConsultationNoticeEvent.due(consultation.dates, at: now),
                  !sentBefore.contains("\(consultation.id!) \(event.rawValue)") else { continue }
            sent += try await send(app, consultation, event)
        }
        return sent
    }

    /// Sends one consultation's notice for one event; returns the number of mails queued.
    package static func send(_ app: Application, _ consultation: Consultation, _ event: ConsultationNoticeEvent) async throws -> Int {
        let id = consultation.id!
        let districts = try await ConsultationDistrict.query(on: app.db).filter(\.$consultation.$id == id).all().map(\.districtID)
        let categories = try await ConsultationCategory.query(on: app.db).filter(\.$consultation.$id == id).all().map(\.category)
        let recipients = try await matching(districts: districts, categories: categories, on: app.db)
        let summary = try await ConsultationStore.summaries([consultation], now: app.wallClock.now, on: app.db)[0]
        let base = app.baseAddress
        let link = base + SiteURL.consultations(.show(.value(consultation.slug))).path
        let service = app.siteFacts.serviceName
        // Written once per language; only the unsubscribe link differs between recipients.
        let texts = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            (language, ConsultationMails.notice(language, event: event, summary: summary, link: link, unsubscribe: "{unsubscribe}",
                                                service: service))
        })
        return try await deliver(app, label: "consultation notices", recipients, texts: texts,
                                 audit: ("consultation.notice", "consultation", id, "\(event.rawValue): "), mark: { change, count in
            let notice = ConsultationNotice(consultationID: id, event: event, at: change.now)
            notice.recipients = count
            try await notice.create(on: change.db)
        }, digest: { weekly, change in
            try await change.insert(weekly.map { DigestItem(subscriberID: $0, consultationID: id, event: event, at: change.now) })
        })
    }

    /// In one change: marks the notice sent (`mark` writes the row whose unique key stops a second
    /// instance), queues a mail now for each address that wants every notice, the weekly
    /// subscribers' digest rows (`digest`), and the audit row. Consultations, calls for partners and
    /// events are told alike. Returns the mails queued; 0 when another instance was first.
    package static func deliver(_ app: Application, label: String, _ recipients: [[Recipient]], texts: [Language: MailText],
                                audit: (action: String, entity: String, id: UUID, lead: String),
                                mark: @escaping @Sendable (Change, Int) async throws -> Void,
                                digest: @escaping @Sendable ([UUID], Change) async throws -> Void) async throws -> Int {
        let base = app.baseAddress
        do {
            return try await app.change(label: label) { change in
                let (mails, weekly) = fanOut(recipients, base: base, texts: texts)
                try await mark(change, mails.count + weekly.count)
                try await change.mail(batch: mails)
                try await digest(weekly, change)
                try await change.audit(audit.action, audit.entity, audit.id.uuidString,
                                       "\(audit.lead)\(mails.count) mails, \(weekly.count) for the weekly digest")
                return mails.count
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return 0 // another instance sent this notice first
        }
    }

    package typealias Mail = (address: String, name: String?, subject: String, body: String)

    /// One mail now per address with a subscription that wants each notice (`{unsubscribe}` in
    /// the text becomes that subscription's link); the subscriptions of the other addresses wait
    /// for Monday's digest. Consultations and calls for partners fan out alike.
    package static func fanOut(_ recipients: [[Recipient]], base: String, texts: [Language: MailText]) -> (mails: [Mail], weekly: [UUID]) {
        var mails: [Mail] = [], weekly: [UUID] = []
        for group in recipients {
            guard let each = group.first(where: { $0.frequency == .each }) else {
                weekly += group.map(\.id)
                continue
            }
            let text = texts[Language(cookie: each.language)]!
            mails.append((each.email, nil, text.subject, text.body.replacingOccurrences(of: "{unsubscribe}", with: unsubscribeLink(base, each.token))))
        }
        return (mails, weekly)
    }

    package static func unsubscribeLink(_ base: String, _ token: String) -> String {
        base + SiteURL.consultations(.unsubscribe(.value(token))).path
    }

    package struct Recipient: Sendable {
        package var id: UUID
        package var email: String
        package var language: String
        package var frequency: SubscriptionFrequency
        package var token: String
    }

    /// Subscribers with a topic that matches, grouped by address (lower-cased): one group, one mail.
    package static func matching(districts: [UUID], categories: [AssociationCategory], on db: any Database) async throws -> [[Recipient]] {
        guard let sql = db as? any SQLDatabase else { return [] }
        // A consultation about no district in particular concerns every district's subscribers.
        let districtMatch: SQLQueryString = districts.isEmpty
            ? "t.kind = 'district'"
            : "(t.kind = 'district' AND t.value IN (\(binds: districts.map { DistrictID($0).description })))"
        let categoryMatch: SQLQueryString = categories.isEmpty
            ? "1 = 0"
            : "(t.kind = 'category' AND t.value IN (\(binds: categories.map(\.rawValue))))"
        let rows = try await sql.raw("""
            SELECT s.id, s.email, s.language, s.frequency, s.token FROM subscribers s
            WHERE s.id IN (SELECT t.subscriber_id FROM subscriber_topics t WHERE \(districtMatch) OR \(categoryMatch))
            ORDER BY s.created_at, s.id
            """).all()
        var groups: [String: [Recipient]] = [:]
        var order: [String] = []
        for row in rows {
            let recipient = Recipient(
                id: try row.decode(column: "id", as: UUID.self), email: try row.decode(column: "email", as: String.self),
                language: try row.decode(column: "language", as: String.self),
                frequency: SubscriptionFrequency(rawValue: try row.decode(column: "frequency", as: String.self)) ?? .each,
                token: try row.decode(column: "token", as: String.self))
            let key = recipient.email.lowercased()
            if groups[key] == nil { order.append(key) }
            groups[key, default: []].append(recipient)
        }
        return order.map { groups[$0]! }
    }
}
