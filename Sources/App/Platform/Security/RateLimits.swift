import Vapor
import Fluent
import SQLKit
import CoreMetrics
import Domain

/// One limited thing that happened, under its key (`mailsToAddress:<hash of the address>`).
/// Addresses are hashed: this table is a counter, not a list of who was mailed.
final class LimitEvent: Model, @unchecked Sendable {
    static let schema = "limit_events"

    @ID(key: .id) var id: UUID?
    @Field(key: "key") var key: String
    @Field(key: "at") var at: Date

    init() {}

    init(key: String, at: Date) {
        self.key = key
        self.at = at
    }
}

/// Counting uses of an `AbuseLimit` in the database, so every instance sees the same count.
enum RateLimits {
    static let retention: TimeInterval = 24 * 3600

    /// One more use for `subject` (an address, a client, a person), inside the caller's
    /// transaction: if the limit is reached `LimitReached` is thrown and the whole change —
    /// what it would have stored and mailed — is not made. On PostgreSQL uses of one key take
    /// turns (a transaction-scoped advisory lock); on SQLite the write gate already does that.
    static func take(_ limit: AbuseLimit, for subject: String, on db: any Database, now: Date) async throws {
        let key = "\(limit.rawValue):\(SecureToken.hash(subject.lowercased()))"
        if db.isPostgres, let sql = db as? any SQLDatabase {
            try await sql.select().column(SQLFunction("pg_advisory_xact_lock", args: SQLFunction("hashtext", args: SQLBind(key)))).run()
        }
        let uses = try await LimitEvent.query(on: db).filter(\.$key == key).filter(\.$at > now.addingTimeInterval(-limit.window))
            .limit(limit.count + 1).all(\.$at)
        if case .failure(let reached) = limit.allows(after: uses, now: now) {
            // Seen in /metrics: a rise means someone is pushing at a limit (ASVS 8.1.4).
            CoreMetrics.Counter(label: "samverka_limits_reached_total", dimensions: [("limit", limit.rawValue)]).increment()
            throw reached
        }
        try await LimitEvent(key: key, at: now).create(on: db)
    }

    /// The same, in a transaction of its own: for a limit that must hold before costly work
    /// (hashing a password) starts.
    static func take(_ limit: AbuseLimit, for subject: String, by req: Request) async throws {
        let now = req.now
        try await req.db.retryingTransaction { tx in try await take(limit, for: subject, on: tx, now: now) }
    }
}

extension Change {
    /// One more use of `limit` for `subject`, in this change (see `RateLimits.take`).
    package func take(_ limit: AbuseLimit, for subject: String) async throws {
        try await RateLimits.take(limit, for: subject, on: db, now: now)
    }

    /// A mail to an address someone else typed: counted against the address's limit first.
    package func limitedMail(to address: String, name: String?, subject: String, body: String, attachment: MailAttachment? = nil) async throws {
        try await take(.mailsToAddress, for: address)
        try await mail(to: address, name: name, subject: subject, body: body, attachment: attachment)
    }
}

extension LimitEvent: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $key, $at] }
}
