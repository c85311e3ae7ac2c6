@testable import App
@testable import Demo
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

        func browser(address: String? = nil) -> TestBrowser { TestBrowser(app: app, address: address) }

        /// An administrator made as `samverka create-admin` makes one, signed in.
        func firstAdmin(_ email: String = "admin@sjobacka.example") async throws -> TestBrowser {
            let hash = try await app.passwords.hash(TestApp.adminPassword)
            let coordinator = try await Department.query(on: app.db).filter(\.$isCoordinator == true).first()
            _ = try await AccountService.createConfirmed(on: app, email: EmailAddress(email)!, displayName: "Administratör", passwordHash: hash,
                                                         role: .admin, departmentID: coordinator?.id, label: "create-admin")
            let browser = browser()
            try await browser.signIn(email, password: TestApp.adminPassword)
            return browser
        }
    }

    static let adminPassword = "ett långt lösenord för test"

    /// Seals the TOTP keys of every test's database (the templates' too).
    static let secretKey = Data(repeating: 0x5A, count: 32)

    /// The address a request made in-process comes from: it has no connection, so none.
    static let inProcessPeer = "unknown"

    /// The second municipality: a small one of our own making, with no demo content.
    static let secondMunicipality = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/App/Resources/Municipalities/example-small.json").path

    /// - Parameters:
    ///   - municipalityFile: a municipality file instead of the built-in Örebro demo; the
    ///     installation is then a real one, as `SAMVERKA_MUNICIPALITY` makes it (no demo).
    ///   - smtpURL: as `SAMVERKA_SMTP_URL`; mail still goes to the recording transport.
    ///   - trustedProxies: as `SAMVERKA_TRUSTED_PROXIES`; `inProcessPeer` makes the test client a
    ///     reverse proxy, so `X-Forwarded-For` (see `TestBrowser.address`) names the visitor.
    static func run(
        baseURL: String = "http://samverka.test", demo: Bool = true, municipalityFile: String? = nil, smtpURL: String? = nil,
        trustedProxies: Set<String> = [], _ body: (Context) async throws -> Void
    ) async throws {
        var settings = Settings(dataDirectory: NSTemporaryDirectory(), baseURL: URL(string: baseURL)!, municipalityFile: municipalityFile,
                                bcryptCost: 4, runsMailWorker: false)
        settings.trustedProxies = trustedProxies
        settings.secretKey = Self.secretKey
        settings.smtp = try smtpURL.map { try SMTPSettings(url: $0) }
        settings.connectionWait = 30
        // On PostgreSQL every app holds up to 8 connections; the server takes 400, so at most
        // `TestAppGate.slots` apps run at once (SQLite has no such ceiling).
        if postgresURL != nil { await TestAppGate.shared.enter() }
        defer { if postgresURL != nil { Task { await TestAppGate.shared.leave() } } }
        let templates = TemplateDatabases.shared
        settings.storage = try await templates.fresh(.init(demo: demo, settings: settings, clock: start), postgresURL: postgresURL)
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        let clock = FixedClock(start)
        let mail = RecordingTransport()
        do {
            try await configure(app, settings: settings)
            DemoSetup.install(app)
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

/// A counting gate: at most `slots` holders at once; the others wait in order.
actor TestAppGate {
    static let slots = 24
    static let shared = TestAppGate()

    private var free = TestAppGate.slots
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func enter() async {
        if free > 0 {
            free -= 1
            return
        }
        await withCheckedContinuation { waiting.append($0) }
    }

    func leave() {
        if waiting.isEmpty { free += 1 } else { waiting.removeFirst().resume() }
    }
}
