import Vapor
import Fluent
import FluentSQL
import Domain
import Views

/// Tells subscribers about a new call for partners whose categories or districts they follow
/// (the consultation subscriptions, extended to calls): a mail now, or a line in Monday's digest
/// for those who chose it. The notice row is written in the same change as the mails, so with
/// several instances only one sends them.
enum CallNotices {
    /// Calls published in the last two weeks are looked at; an older one was noticed already or
    /// was published before subscriptions took calls.
    static let window: TimeInterval = 14 * 86_400

    @discardableResult
    static func run(_ app: Application) async throws -> Int {
        let now = app.wallClock.now
        let recent = try await Call.query(on: app.db).filter(\.$createdAt >= now.addingTimeInterval(-window))
            .filter(\.$closesOn >= CalendarDay(now).description)
            // Those noticed already are left out here, not after: 200 told ones must not hide a new one.
            .filter(.sql(embed: "NOT EXISTS (SELECT 1 FROM \(ident: CallNotice.schema) n WHERE n.call_id = \(ident: Call.schema).id)"))
            .sort(\.$createdAt).limit(200).all()
        var sent = 0
        for call in recent {
            sent += try await send(app, call)
        }
        return sent
    }

    /// Sends one call's notice; returns the number of mails queued.
    static func send(_ app: Application, _ call: Call) async throws -> Int {
        let id = call.id!
        let tags = try await CallStore.tags([id], on: app.db)
        let recipients = try await ConsultationNotices.matching(
            districts: tags.filter { $0.kind == .district }.compactMap { UUID(uuidString: $0.value) },
            categories: tags.filter { $0.kind == .category }.compactMap { AssociationCategory(rawValue: $0.value) }, on: app.db)
        let summary = try await CallStore.summaries([call], today: CalendarDay(app.wallClock.now), on: app.db)[0]
        let link = app.baseAddress + SiteURL.calls(.show(.value(call.slug))).path
        let service = app.siteFacts.serviceName
        let texts = Dictionary(uniqueKeysWithValues: Language.allCases.map { language in
            (language, MailText.compose(language, "call.notice", [
                "name": "", "title": summary.title, "department": summary.department, "when": summary.when(Wording(language)),
                "easyRead": summary.easyRead, "link": link, "unsubscribe": "{unsubscribe}", "service": service]))
        })
        return try await ConsultationNotices.deliver(app, label: "call notices", recipients, texts: texts,
                                                     audit: ("call.notice", "call", id, ""), mark: { change, count in
            try await CallNotice(callID: id, at: change.now, recipients: count).create(on: change.db)
        }, digest: { weekly, change in
            try await change.insert(weekly.map { CallDigestItem(subscriberID: $0, callID: id, at: change.now) })
        })
    }
}
