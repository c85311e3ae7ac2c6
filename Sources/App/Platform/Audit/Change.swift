import Vapor
import Fluent
import SQLiteNIO
import Domain
import NIOConcurrencyHelpers

/// One state change: a database transaction that must write at least one audit row, and may
/// queue mails, all committed together or not at all.
package struct Change: Sendable {
    package let db: any Database
    package let actor: Actor
    package let actorLabel: String
    package let requestID: String?
    package let now: Date
    package let mailDomain: String
    private let auditCount = NIOLockedValueBox(0)
    private let touched = NIOLockedValueBox(Set<ContentScope>())

    /// Records who did what to which thing, with a short before → after. What the thing's type
    /// says was touched (`ContentScope.touched`) is retired from the caches when this commits, or
    /// `touching` where the caller knows better (a thing no public page shows yet).
    package func audit(_ action: String, _ entityType: String, _ entityID: String, _ summary: String = "",
                       touching: Set<ContentScope>? = nil) async throws {
        let entry = AuditEntry(at: now, actorID: actor.userID?.uuid, actorLabel: actorLabel, action: action,
                               entityType: entityType, entityID: entityID, summary: String(summary.prefix(2000)),
                               requestID: requestID)
        try await entry.create(on: db)
        auditCount.withLockedValue { $0 += 1 }
        touches(touching ?? ContentScope.touched(byEntityType: entityType, id: entityID))
    }

    /// Records scopes this change writes beyond what its audit rows say.
    package func touches(_ scopes: Set<ContentScope>) {
        touched.withLockedValue { $0.formUnion(scopes) }
    }

    package var touchedScopes: Set<ContentScope> { touched.withLockedValue { $0 } }

    /// Records what a Domain decision says it did, to the row it did it to.
    package func audit(_ note: AuditNote, _ entityType: String, _ entityID: UUID) async throws {
        try await audit(note.action, entityType, entityID.uuidString, note.summary)
    }

    /// Queues a mail (with a file attached, perhaps); it is sent by the worker after this transaction commits.
    package func mail(to address: String, name: String?, subject: String, body: String, attachment: MailAttachment? = nil) async throws {
        let message = OutboxMessage(messageID: Self.messageID(mailDomain), toAddress: address,
                                    toName: name, subject: subject, body: body, now: now)
        message.attachment = attachment
        try await message.create(on: db)
    }

    /// Queues many mails at once, inserted a few hundred rows per statement (a fan-out to
    /// thousands of subscribers stays one transaction and takes seconds, not minutes); each may
    /// carry the same file.
    package func mail(batch: [(address: String, name: String?, subject: String, body: String)], attachment: MailAttachment? = nil) async throws {
        try await insert(batch.map { item in
            let message = OutboxMessage(messageID: Self.messageID(mailDomain), toAddress: item.address, toName: item.name,
                                        subject: item.subject, body: item.body, now: now)
            message.attachment = attachment
            return message
        })
    }

    /// Inserts rows 500 per statement, under SQLite's limit on bound values; none is no statement.
    package func insert<M: Model>(_ rows: [M]) async throws {
        var start = rows.startIndex
        while start < rows.endIndex {
            let end = min(start + 500, rows.endIndex)
            try await Array(rows[start..<end]).create(on: db)
            start = end
        }
    }

    /// A Message-ID of our own domain, unique per mail (RFC 5322).
    package static func messageID(_ domain: String) -> String {
        "\(SecureToken.make())@\(domain)"
    }

    package var audited: Bool { auditCount.withLockedValue { $0 > 0 } }
}

enum ChangeError: Error {
    /// A programming error: a change that would leave no trace in the audit log.
    case notAudited
}

extension Change {
    /// Runs `body` in a transaction that must write an audit row.
    package static func run<T: Sendable>(
        on database: any Database, actor: Actor, actorLabel: String, requestID: String?, now: Date, mailDomain: String,
        contentVersions: ContentVersions? = nil, _ body: @escaping @Sendable (Change) async throws -> T
    ) async throws -> T {
        let (result, touched) = try await database.retryingTransaction { tx -> (T, Bool) in
            let change = Change(db: tx, actor: actor, actorLabel: actorLabel, requestID: requestID,
                                now: now, mailDomain: mailDomain)
            let result = try await body(change)
            guard change.audited else { throw ChangeError.notAudited }
            // Last, so the row lock that orders writers is held as briefly as possible; a change
            // that touches nothing a page shows (a sign-in) takes no lock at all.
            let touched = change.touchedScopes
            if !touched.isEmpty { try await ContentVersions.bump(touched, on: tx) }
            return (result, !touched.isEmpty)
        }
        if touched { contentVersions?.forget() }
        return result
    }
}

extension Database {
    /// How long a transaction keeps being retried while SQLite says another connection is writing.
    static var busyPatience: UInt64 { 20_000_000_000 }

    /// A transaction that is run again when SQLite reports that another connection wrote first
    /// (SQLITE_BUSY after a read). It was rolled back, so running it again is safe.
    /// On SQLite, transactions of this process take turns at the write gate first, and run on
    /// the writer's connection; one inside a transaction (Fluent runs it on the same connection)
    /// already holds it.
    @discardableResult
    package func retryingTransaction<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T) async throws -> T {
        guard let gate = writeGate, !inTransaction else { return try await retrying(body, waited: .zero) }
        let asked = ContinuousClock.now
        return try await gate.serialize {
            WriteTimings.waited(since: asked)
            let writer = gate.database(logger: logger) ?? self
            return try await writer.retrying(body, waited: ContinuousClock.now - asked)
        }
    }

    private func retrying<T: Sendable>(_ body: @escaping @Sendable (any Database) async throws -> T, waited: Duration) async throws -> T {
        var attempt = 0
        let started = DispatchTime.now().uptimeNanoseconds
        while true {
            let tried = ContinuousClock.now
            do {
                let result = try await transaction(body)
                WriteTimings.wrote(since: tried, waited: waited, tries: attempt + 1, logger: logger)
                return result
            } catch let error as SQLiteError where error.isBusy
                        && DispatchTime.now().uptimeNanoseconds - started < Self.busyPatience {
                WriteTimings.refused()
                // Back off a little more each time, up to ~0.1 s: on a busy two-core machine the
                // writer ahead may need a while, and giving up means a lost write for the user.
                // Bounded by time rather than tries, since a try can take from microseconds
                // (a shared-cache lock) to the whole busy_timeout.
                attempt += 1
                try await Task.sleep(nanoseconds: UInt64.random(in: 1_000_000...10_000_000) * UInt64(min(attempt, 10)))
            }
        }
    }
}

extension Request {
    /// A change made by whoever is signed in on this request, or by `user` when the request
    /// is about to become theirs (signing in). A post from a form is recorded with the change,
    /// so the same form sent twice makes one change.
    package func change<T: Sendable>(as user: User? = nil, _ body: @escaping @Sendable (Change) async throws -> T) async throws -> T {
        let user = user ?? currentUser
        let submission = submissionKey
        let now = now
        do {
            return try await Change.run(
                on: db, actor: user?.actor ?? .anonymous, actorLabel: user.map { "\($0.displayName) <\($0.email)>" } ?? "anonym",
                requestID: requestID, now: now, mailDomain: application.settings.mailDomain,
                contentVersions: application.contentVersions
            ) { change in
                if let submission { try await FormSubmission(key: submission, createdAt: now).create(on: change.db) }
                return try await body(change)
            }
        } catch {
            guard let submission, (error as? any DatabaseError)?.isConstraintFailure == true,
                  try await FormSubmission.find(submission, on: db) != nil else { throw error }
            throw DuplicateSubmission(key: submission)
        }
    }
}

extension Application {
    /// A change made by the system itself (seeding, commands, the mail worker).
    package func change<T: Sendable>(label: String = "system", _ body: @escaping @Sendable (Change) async throws -> T) async throws -> T {
        try await Change.run(on: db, actor: .anonymous, actorLabel: label, requestID: nil, now: wallClock.now,
                             mailDomain: settings.mailDomain, contentVersions: contentVersions, body)
    }
}

extension Settings {
    /// The domain used in Message-IDs.
    var mailDomain: String { baseURL.host ?? "samverka.localhost" }
}

extension SQLiteError {
    var isBusy: Bool {
        switch reason {
        // lockedBySharedCache: the in-memory database the tests use shares one cache between connections.
        case .busy, .busyInRecovery, .busyInSnapshot, .busyTimeout, .locked, .lockedBySharedCache: return true
        default: return false
        }
    }
}
