@testable import App
import Vapor
import VaporTesting
import Fluent
import SQLKit
import Domain

/// Boots Samverka in-process for one test: in-memory SQLite by default, or a schema of its own
/// in the PostgreSQL database named by SAMVERKA_TEST_DATABASE_URL, so tests can run in parallel.
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

        /// An administrator made as `samverka create-admin` makes one, signed in.
        func firstAdmin(_ email: String = "admin@sjobacka.example") async throws -> TestBrowser {
            let hash = try await PasswordHasher(cost: app.settings.bcryptCost, threadPool: app.threadPool).hash(TestApp.adminPassword)
            let coordinator = try await Department.query(on: app.db).filter(\.$isCoordinator == true).first()
            _ = try await AccountService.createConfirmed(on: app, email: EmailAddress(email)!, displayName: "Administratör", passwordHash: hash,
                                                         role: .admin, departmentID: coordinator?.id, label: "create-admin")
            let browser = browser()
            try await browser.signIn(email, password: TestApp.adminPassword)
            return browser
        }
    }

    static let adminPassword = "ett långt lösenord för test"

    /// The second municipality: a small one of our own making, with no demo content.
    static let secondMunicipality = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Sources/App/Resources/Municipalities/example-small.json").path

    /// - Parameters:
    ///   - municipalityFile: a municipality file instead of the built-in Örebro demo; the
    ///     installation is then a real one, as `SAMVERKA_MUNICIPALITY` makes it (no demo).
    ///   - smtpURL: as `SAMVERKA_SMTP_URL`; mail still goes to the recording transport.
    static func run(
        baseURL: String = "http://samverka.test", demo: Bool = true, municipalityFile: String? = nil, smtpURL: String? = nil,
        _ body: (Context) async throws -> Void
    ) async throws {
        let schema = "t_" + UUID().uuidString.lowercased().replacingOccurrences(of: "-", with: "")
        let storage: Settings.Storage = postgresURL.map { .postgres(url: $0, schema: schema) } ?? .sqliteMemory
        var settings = Settings(dataDirectory: NSTemporaryDirectory(), storage: storage, baseURL: URL(string: baseURL)!,
                                municipalityFile: municipalityFile, bcryptCost: 4, runsMailWorker: false)
        settings.smtp = try smtpURL.map { try SMTPSettings(url: $0) }
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        let clock = FixedClock(start)
        let mail = RecordingTransport()
        do {
            try await configure(app, settings: settings)
            app.wallClock = clock
            app.mailTransport = mail
            if postgresURL != nil {
                try await (app.db as! any SQLDatabase).raw("CREATE SCHEMA IF NOT EXISTS \(ident: schema)").run()
            }
            try await app.autoMigrate()
            try await MunicipalitySeeder.seedIfNeeded(app)
            if demo && settings.isDemo { try await DemoSeeder.seedIfNeeded(app) }
            try await body(Context(app: app, clock: clock, mail: mail))
        } catch {
            await cleanUp(app, schema)
            throw error
        }
        await cleanUp(app, schema)
    }

    private static func cleanUp(_ app: Application, _ schema: String) async {
        if postgresURL != nil {
            try? await (app.db as! any SQLDatabase).raw("DROP SCHEMA IF EXISTS \(ident: schema) CASCADE").run()
        }
        try? await app.asyncShutdown()
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
