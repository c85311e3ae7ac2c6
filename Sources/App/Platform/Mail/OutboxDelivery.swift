import Vapor
import Fluent
import SQLKit
import Domain

/// Sends what the outbox holds. Several workers (processes) may run at once: each claims rows
/// before sending, PostgreSQL with FOR UPDATE SKIP LOCKED, SQLite by its single writer.
/// A row is marked sent right after the server accepts it, so it is not sent again.
struct OutboxDelivery: Sendable {
    let database: any Database
    let transport: any MailTransport
    let from: MailAddress
    let clock: any WallClock
    let workerID: String
    var batchSize = 20
    static let maximumAttempts = 10
    /// A claim older than this belongs to a worker that died mid-send.
    static let staleClaim: TimeInterval = 10 * 60

    struct Report: Equatable, Sendable {
        var sent = 0
        var retrying = 0
        var failed = 0
    }

    /// One pass: claim due mails, send them, record the outcome.
    func runOnce() async throws -> Report {
        var report = Report()
        for message in try await claim() {
            do {
                try await transport.send(mailMessage(message))
                try await finish(message, status: .sent, error: nil)
                report.sent += 1
            } catch {
                let permanent = (error as? MailDeliveryError)?.isPermanent ?? false
                let giveUp = permanent || message.attempts + 1 >= Self.maximumAttempts
                try await finish(message, status: giveUp ? .failed : .pending, error: String(describing: error))
                if giveUp { report.failed += 1 } else { report.retrying += 1 }
            }
        }
        return report
    }

    func mailMessage(_ row: OutboxMessage) -> MailMessage {
        MailMessage(messageID: row.messageID, from: from, to: MailAddress(row.toAddress, name: row.toName),
                    subject: row.subject, body: row.body, date: row.createdAt, attachment: row.attachment)
    }

    private func claim() async throws -> [OutboxMessage] {
        let now = clock.now
        let worker = workerID
        let size = batchSize
        return try await database.retryingTransaction { tx in
            let sql = tx as! any SQLDatabase
            var select = sql.select().column("id").from(OutboxMessage.schema)
                .where { group in
                    group.where(SQLColumn("status"), .equal, SQLBind(OutboxMessage.Status.pending.rawValue))
                        .where(SQLColumn("next_attempt_at"), .lessThanOrEqual, SQLBind(now))
                }
                .orWhere { group in
                    group.where(SQLColumn("status"), .equal, SQLBind(OutboxMessage.Status.sending.rawValue))
                        .where(SQLColumn("claimed_at"), .lessThan, SQLBind(now.addingTimeInterval(-Self.staleClaim)))
                }
                .orderBy("next_attempt_at").limit(size)
            if sql.dialect.name == "postgresql" {
                select = select.lockingClause(SQLRaw("FOR UPDATE SKIP LOCKED"))
            }
            let ids = try await select.all().map { try $0.decode(column: "id", as: UUID.self) }
            guard !ids.isEmpty else { return [] }
            try await OutboxMessage.query(on: tx).filter(\.$id ~~ ids)
                .set(\.$status, to: .sending).set(\.$claimedBy, to: worker).set(\.$claimedAt, to: now)
                .update()
            return try await OutboxMessage.query(on: tx).filter(\.$id ~~ ids).filter(\.$claimedBy == worker).all()
        }
    }

    private func finish(_ message: OutboxMessage, status: OutboxMessage.Status, error: String?) async throws {
        let now = clock.now
        let attempts = message.attempts + 1
        // Wait 1, 2, 4 … minutes between attempts, at most six hours.
        let delay = min(pow(2, Double(attempts - 1)) * 60, 6 * 3600)
        let id = message.id!, worker = workerID, body = message.body
        // Retried when SQLite is busy: a sent mail that stays marked "sending" would go out again.
        try await database.retryingTransaction { tx in
            var update = OutboxMessage.query(on: tx)
                .filter(\.$id == id).filter(\.$claimedBy == worker)
                .set(\.$status, to: status).set(\.$attempts, to: attempts)
                .set(\.$claimedBy, to: nil).set(\.$claimedAt, to: nil)
            if status == .sent {
                update = update.set(\.$sentAt, to: now).set(\.$lastError, to: nil)
            } else {
                update = update.set(\.$nextAttemptAt, to: now.addingTimeInterval(delay)).set(\.$lastError, to: error.map { String($0.prefix(500)) })
            }
            // Once out of our hands (sent, or given up), the mail's link tokens have no use here:
            // the stored copy keeps the text without them.
            if status != .pending {
                update = update.set(\.$body, to: MailSecrets.redacted(body))
            }
            try await update.update()
            return 0
        }
    }
}

extension Application {
    func outboxDelivery(transport: any MailTransport) -> OutboxDelivery {
        OutboxDelivery(
            database: db, transport: transport,
            from: MailAddress("noreply@\(settings.mailDomain)", name: "Samverka \(municipality.name)"),
            clock: wallClock, workerID: "\(ProcessInfo.processInfo.hostName)-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))"
        )
    }
}
