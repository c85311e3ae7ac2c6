import Vapor
import Fluent
import Domain
import Views

/// Monday morning's mail for those who follow consultations weekly: the week's notices in one
/// mail per address. The day's marker is written in the same change, so it goes out once.
enum ConsultationDigest {
    static let earliestHour = 7

    @discardableResult
    static func run(_ app: Application) async throws -> Int {
        let now = app.wallClock.now
        let day = CalendarDay(now)
        guard day.weekday == 1, now >= day.start.addingTimeInterval(Double(earliestHour) * 3600) else { return 0 }
        let key = "consultation-digest:\(day)"
        guard try await AppMeta.find(key, on: app.db) == nil else { return 0 }
        let items = try await DigestItem.query(on: app.db).filter(\.$createdAt <= now).with(\.$subscriber).with(\.$consultation)
            .sort(\.$createdAt).limit(50_000).all()
        let calls = try await CallDigestItem.query(on: app.db).filter(\.$createdAt <= now).with(\.$subscriber).with(\.$call)
            .sort(\.$createdAt).limit(50_000).all()
        let events = try await EventDigestItem.query(on: app.db).filter(\.$createdAt <= now).with(\.$subscriber).with(\.$event)
            .sort(\.$createdAt).limit(50_000).all()
        let base = app.baseAddress
        let service = app.siteFacts.serviceName
        let callLines = Self.byAddress(calls.map { ($0.subscriber.email.lowercased(), $0.call.slug) },
                                       try await CallStore.summaries(Self.distinct(calls.map(\.call)), today: day, on: app.db),
                                       link: { base + SiteURL.calls(.show(.value($0))).path })
        // An event cancelled or over since its notice is left out.
        let eventLines = Self.byAddress(events.map { ($0.subscriber.email.lowercased(), $0.event.slug) },
                                        try await EventStore.summaries(Self.distinct(events.map(\.event)).filter { !$0.isCancelled && $0.endsAt > now }, today: day, on: app.db),
                                        link: { base + SiteURL.events(.show(.value($0))).path })
        let byAddress = Dictionary(grouping: items, by: { $0.subscriber.email.lowercased() })
        let subscribers = Dictionary((items.map(\.subscriber) + calls.map(\.subscriber) + events.map(\.subscriber)).map { ($0.email.lowercased(), $0) }) { first, _ in first }
        do {
            return try await app.change(label: "consultation digest") { change in
                try await AppMeta(key: key, value: "\(now)").create(on: change.db)
                var mails: [(address: String, name: String?, subject: String, body: String)] = []
                for (address, subscriber) in subscribers.sorted(by: { $0.key < $1.key }) {
                    let group = byAddress[address] ?? []
                    let language = Language(cookie: subscriber.language)
                    var seen = Set<String>()
                    let items = group.compactMap { item -> (summary: ConsultationSummary, link: String)? in
                        let consultation = item.consultation
                        guard seen.insert("\(consultation.id!)-\(item.event.rawValue)").inserted else { return nil }
                        let summary = ConsultationSummary(
                            slug: consultation.slug, title: consultation.title, caseNumber: consultation.caseNumber, department: "",
                            easyRead: consultation.easyRead, status: consultation.status(at: now), dates: consultation.dates,
                            daysLeft: consultation.dates.daysLeft(at: now), districts: [], updatedAt: now)
                        return (summary, base + SiteURL.consultations(.show(.value(consultation.slug))).path)
                    }
                    guard !items.isEmpty || callLines[address] != nil || eventLines[address] != nil else { continue }
                    let text = ConsultationMails.digest(language, items: items, calls: callLines[address] ?? [], events: eventLines[address] ?? [],
                                                        unsubscribe: ConsultationNotices.unsubscribeLink(base, subscriber.token), service: service)
                    mails.append((subscriber.email, nil, text.subject, text.body))
                }
                try await change.mail(batch: mails)
                try await Self.delete(DigestItem.self, items.compactMap(\.id), on: change.db)
                try await Self.delete(CallDigestItem.self, calls.compactMap(\.id), on: change.db)
                try await Self.delete(EventDigestItem.self, events.compactMap(\.id), on: change.db)
                try await change.audit("consultation.digest", "installation", key,
                                       "\(items.count) notices, \(calls.count) calls, \(events.count) events, \(mails.count) mails")
                return mails.count
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return 0
        }
    }

    /// Each row once, by id (many subscribers' rows name the same call or event).
    static func distinct<M: Model>(_ rows: [M]) -> [M] where M.IDValue == UUID {
        Array(Dictionary(rows.map { ($0.id!, $0) }) { first, _ in first }.values)
    }

    /// Each address's lines of one kind: the items its rows name, once each, in slug order, with their link.
    static func byAddress<Summary>(_ rows: [(address: String, slug: String)], _ summaries: [Summary],
                                   link: (String) -> String) -> [String: [(summary: Summary, link: String)]] where Summary: HasSlug {
        let known = Dictionary(summaries.map { ($0.slug, $0) }) { first, _ in first }
        return Dictionary(grouping: rows, by: \.address).mapValues { rows in
            Set(rows.map(\.slug)).sorted().compactMap { slug in known[slug].map { ($0, link(slug)) } }
        }.filter { !$0.value.isEmpty }
    }

    /// The digest's rows once mailed, 500 ids per statement.
    static func delete<M: Model>(_ model: M.Type, _ ids: [UUID], on db: any Database) async throws where M.IDValue == UUID {
        var start = 0
        while start < ids.count {
            try await M.query(on: db).filter(\._$id ~~ Array(ids[start..<min(start + 500, ids.count)])).delete()
            start += 500
        }
    }
}

/// A summary with a slug, to find it by the slug a digest row names.
protocol HasSlug { var slug: String { get } }
extension CallSummary: HasSlug {}
extension EventSummary: HasSlug {}
