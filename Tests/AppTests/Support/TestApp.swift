@testable import App
import Vapor
import VaporTesting
import Fluent
import SQLKit
import Domain

/// Boots Samverka in-process for one test, on a database of its own that starts migrated and
/// seeded (see `TemplateDatabases`): SQLite in a RAM-backed folder by default, PostgreSQL when
/// SAMVERKA_TEST_DATABASE_URL names a server, so tests can run in parallel.
enum TestApp {
    static let start = Date(timeIntervalSince1970: 1_794_812_400) // Monday 2026-11-16 07:00 UTC, 08:00 in Stockholm

    static var postgresURL: String? {
        let url = ProcessInfo.processInfo.environment["SAMVERKA_TEST_DATABASE_URL"]
        return url?.isEmpty == false ? url : nil
    }

    struct Context: Sendable {
        let app: Application
        let clock: FixedClock
        let mail: RecordingTransport

        func browser() -> TestBrowser { TestBrowser(app: app) }
    }

    static func run(
        baseURL: String = "http://samverka.test", demo: Bool = true,
        _ body: (Context) async throws -> Void
    ) async throws {
        var settings = Settings(dataDirectory: NSTemporaryDirectory(), baseURL: URL(string: baseURL)!, bcryptCost: 4, runsMailWorker: false)
        let templates = TemplateDatabases.shared
        settings.storage = try await templates.fresh(.init(demo: demo, settings: settings, clock: start), postgresURL: postgresURL)
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        let clock = FixedClock(start)
        let mail = RecordingTransport()
        do {
            try await configure(app, settings: settings)
            app.wallClock = clock
            app.mailTransport = mail
            try await body(Context(app: app, clock: clock, mail: mail))
        } catch {
            try? await app.asyncShutdown()
            await templates.remove(settings.storage, postgresURL: postgresURL)
            throw error
        }
        try? await app.asyncShutdown()
        await templates.remove(settings.storage, postgresURL: postgresURL)
    }
}

/// A mail transport that keeps what it is given; it can be told to fail.
final class RecordingTransport: MailTransport, @unchecked Sendable {
    private let lock = NSLock()
    private var sentMessages: [MailMessage] = []
    private var failure: MailDeliveryError?

    var sent: [MailMessage] { lock.withLock { sentMessages } }

    func fail(with error: MailDeliveryError?) { lock.withLock { failure = error } }

    func send(_ message: MailMessage) async throws {
        try lock.withLock {
            if let failure { throw failure }
            sentMessages.append(message)
        }
    }
}

extension Application {
    /// Sends what the outbox holds with the recording transport, as the worker would.
    func deliverMail() async throws -> OutboxDelivery.Report {
        try await outboxDelivery(transport: mailTransport!).runOnce()
    }

    func count<M: Model>(_ model: M.Type) async throws -> Int {
        try await M.query(on: db).count()
    }
}
