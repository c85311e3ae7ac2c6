import Vapor
import Fluent
import Domain
import Views

/// The council's news by mail: each new item to those who want every item, in the change that
/// publishes it; and the monthly letter with the previous month's items, once per month by its
/// key, from the background work.
enum CouncilMails {
    static func stopLink(_ base: String, _ token: String) -> String {
        base + SiteURL.council(.subscription(.value(token))).path
    }

    static func item(_ news: CouncilNews, app: Application, in change: Change) async throws {
        let subscribers = try await NewsSubscriber.query(on: change.db).filter(\.$frequency == .each).filter(\.$confirmedAt != nil)
            .limit(100_000).all()
        guard !subscribers.isEmpty else { return }
        let base = app.baseAddress, link = base + SiteURL.council(.newsItem(.value(news.slug))).path
        try await change.mail(batch: subscribers.map { subscriber in
            let mail = MailText.compose(.sv, "council.item", [
                "title": news.title, "summary": news.summary, "easyRead": news.easyRead, "link": link,
                "stop": stopLink(base, subscriber.token), "service": app.siteFacts.serviceName,
            ])
            return (subscriber.email, nil, mail.subject, mail.body)
        })
    }

    /// The letter due now, if it has not gone out and the month had news; the key is written in
    /// the same change, so several instances looking at once send it once.
    @discardableResult
    static func letter(_ app: Application) async throws -> Int {
        let now = app.wallClock.now
        let due = NewsLetter.due(at: now)
        guard try await AppMeta.find(due.key, on: app.db) == nil else { return 0 }
        let base = app.baseAddress
        let words = Wording(.sv)
        let month = "\(words.t("month.\(due.first.month)")) \(due.first.year)"
        do {
            return try await app.change(label: "council letter") { change in
                try await AppMeta(key: due.key, value: "\(now)").create(on: change.db)
                // Read in the change that sends: whoever stopped a moment ago gets no letter.
                let items = try await CouncilNews.query(on: change.db).filter(\.$publishedAt >= due.first.start).filter(\.$publishedAt < due.last.end)
                    .sort(\.$publishedAt).limit(100).all()
                let subscribers = items.isEmpty ? [] : try await NewsSubscriber.query(on: change.db).filter(\.$frequency == .monthly)
                    .filter(\.$confirmedAt != nil).limit(100_000).all()
                let lines = items.map { "\($0.title)\n\($0.summary)\n\(base + SiteURL.council(.newsItem(.value($0.slug))).path)" }
                    .joined(separator: "\n\n")
                try await change.mail(batch: subscribers.map { subscriber in
                    let mail = MailText.compose(.sv, "council.letter", [
                        "month": month, "items": lines, "archive": base + SiteURL.council(.news).path,
                        "stop": stopLink(base, subscriber.token), "service": app.siteFacts.serviceName,
                    ])
                    return (subscriber.email, nil, mail.subject, mail.body)
                })
                try await change.audit("council.letter", "installation", due.key, "\(items.count) items, \(subscribers.count) mails")
                return subscribers.count
            }
        } catch let error as any DatabaseError where error.isConstraintFailure {
            return 0
        }
    }
}
