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
        let distinctCalls = Dictionary(calls.map { ($0.call.id!, $0.call) }) { first, _ in first }
        let callSummaries = try await CallStore.summaries(Array(distinctCalls.values), today: day, on: app.db)
        let base = app.baseAddress
        let service = app.siteFacts.serviceName
        let byAddress = Dictionary(grouping: items, by: { $0.subscriber.email.lowercased() })
        let callsByAddress = Dictionary(grouping: calls, by: { $0.subscriber.email.lowercased() })
        let subscribers = Dictionary(items.map(\.subscriber).map { ($0.email.lowercased(), $0) }
                                     + calls.map(\.subscriber).map { ($0.email.lowercased(), $0) }) { first, _ in first }
        do {
            return try await app.change(label: "consultation digest") { change in
                try await AppMeta(key: key, value: "\(now)").create(on: change.db)
                var mails: [(address: String, name: String?, subject: String, body: String)] = []
                for (address, subscriber) in subscribers.sorted(by: { $0.key < $1.key }) {
                    let group = byAddress[address] ?? []
                    let language = Language(cookie: subscriber.language)
                    var seen = Set<String>()
                    let callLines = Set((callsByAddress[address] ?? []).map(\.call.slug)).sorted().compactMap { slug in
                        callSummaries.first { $0.slug == slug }.map { ($0, base + SiteURL.calls(.show(.value(slug))).path) }
                    }
                    let items = group.compactMap { item -> (summary: ConsultationSummary, link: String)? in
                        let consultation = item.consultation
                        guard seen.insert("\(consultation.id!)-\(item.event.rawValue)").inserted else { return nil }
                        let summary = ConsultationSummary(
                            slug: consultation.slug, title: consultation.title, caseNumber: consultation.caseNumber, department: "",
                            easyRead: consultation.easyRead, status: consultation.status(at: now), dates: consultation.dates,
                            daysLeft: consultation.dates.daysLeft(at: now), districts: [], updatedAt: now)
                        return (summary, base + SiteURL.consultations(.show(.value(consultation.slug))).path)
                    }
                    let text = ConsultationMails.digest(language, items: items, calls: callLines,
                                                        unsubscribe: ConsultationNotices.unsubscribeLink(base, subscriber.token), service: service)
                    mails.append((subscriber.email, nil, text.subject, text.body))
                }
                try await change.mail(batch: mails)
                try await Self.delete(DigestItem.self, items.compactMap(\.id), on: change.db)
                try await Self.delete(CallDigestItem.self, calls.compactMap(\.id), on: change.db)
                try await change.audit("consultation.digest", "installation", key,
                                       "\(items.count) notices, \(calls.count) calls, \(mails.count) mails")
                return mails.count
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return 0
        }
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
