import Vapor
import Fluent

/// What `serve` does besides answering requests: deliver mail every few seconds, look every
/// ten minutes whether the morning's overdue digest or a consultation notice is due, and
/// clear out expired sessions, tokens and throttling rows every hour.
final class BackgroundWork: LifecycleHandler, @unchecked Sendable {
    private var task: Task<Void, Never>?

    func didBootAsync(_ application: Application) async throws {
        let transport = application.mailTransport
        task = Task {
            let delivery = transport.map { application.outboxDelivery(transport: $0) }
            var lastCleanup = Date.distantPast
            var lastDigestCheck = Date.distantPast
            while !Task.isCancelled {
                if let delivery {
                    do {
                        let report = try await delivery.runOnce()
                        if report != .init() {
                            application.logger.info("outbox", metadata: ["sent": "\(report.sent)", "retrying": "\(report.retrying)", "failed": "\(report.failed)"])
                        }
                    } catch {
                        application.logger.warning("outbox pass failed: \(String(describing: error))")
                    }
                }
                if Date().timeIntervalSince(lastCleanup) > 3600 {
                    lastCleanup = Date()
                    do { try await Housekeeping.run(application) } catch {
                        application.logger.warning("housekeeping failed: \(String(describing: error))")
                    }
                }
                if Date().timeIntervalSince(lastDigestCheck) > 600 {
                    lastDigestCheck = Date()
                    do { try await OverdueDigest.run(application) } catch {
                        application.logger.warning("overdue digest failed: \(String(describing: error))")
                    }
                    do {
                        try await ConsultationNotices.run(application)
                        try await CallNotices.run(application)
                        try await EventNotices.run(application)
                        try await ConsultationDigest.run(application)
                        try await CouncilMails.letter(application)
                    } catch {
                        application.logger.warning("consultation notices failed: \(String(describing: error))")
                    }
                }
                try? await Task.sleep(nanoseconds: 2_000_000_000)
            }
        }
    }

    func shutdownAsync(_ application: Application) async {
        task?.cancel()
        await task?.value
    }
}

/// Removes what has outlived its purpose, as the privacy page promises.
enum Housekeeping {
    static let sentMailRetention: TimeInterval = 90 * 24 * 3600
    static let loginAttemptRetention: TimeInterval = 24 * 3600

    static func run(_ app: Application) async throws {
        let now = app.wallClock.now
        // Each step in a transaction of its own: on SQLite they take turns with the requests'
        // writes at the write gate, on the writer's connection, so no reader waits for a delete.
        let steps: [@Sendable (any Database) async throws -> Void] = [
            { try await SessionRecord.query(on: $0).filter(\.$expiresAt < now).delete() },
            { try await SessionRecord.query(on: $0).filter(\.$lastSeenAt < now.addingTimeInterval(-SessionStore.idleLimit)).delete() },
            { try await AccountToken.query(on: $0).filter(\.$expiresAt < now).delete() },
            { try await LoginAttempt.query(on: $0).filter(\.$at < now.addingTimeInterval(-loginAttemptRetention)).delete() },
            { try await SignInChallenge.query(on: $0).filter(\.$expiresAt < now).delete() },
            { try await FormSubmission.query(on: $0).filter(\.$createdAt < now.addingTimeInterval(-loginAttemptRetention)).delete() },
            { try await LimitEvent.query(on: $0).filter(\.$at < now.addingTimeInterval(-RateLimits.retention)).delete() },
            { try await OutboxMessage.query(on: $0).filter(\.$status == .sent).filter(\.$sentAt < now.addingTimeInterval(-sentMailRetention)).delete() },
            { try await EventStore.forget(on: $0, now: now) },
            { try await EventStore.refreshSeries(on: $0, now: now) },
            { try await VolunteeringStore.forget(on: $0, now: now) },
            { try await AssignmentAlert.forgetUnconfirmed(on: $0, now: now) },
            { try await NewsSubscriber.forgetUnconfirmed(on: $0, now: now) },
        ]
        for step in steps { try await app.db.retryingTransaction(step) }
    }
}
