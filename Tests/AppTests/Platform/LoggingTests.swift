@testable import App
import Testing
import Vapor
import Fluent
import Logging
import NIOConcurrencyHelpers

/// Keeps every log line, with its metadata, as text.
final class CapturedLog: @unchecked Sendable {
    private let lines = NIOLockedValueBox<[String]>([])

    var all: [String] { lines.withLockedValue { $0 } }

    func append(_ line: String) { lines.withLockedValue { $0.append(line) } }

    struct Handler: LogHandler {
        let log: CapturedLog
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let all = self.metadata.merging(event.metadata ?? [:]) { $1 }
            log.append("\(event.level) \(event.message) \(all.map { "\($0.key)=\($0.value)" }.sorted().joined(separator: " "))")
        }
    }

    /// Sends everything the app logs from now on, at every level, here.
    static func install(on app: Application) -> CapturedLog {
        let captured = CapturedLog()
        app.logger = Logger(label: "test") { _ in Handler(log: captured) }
        return captured
    }
}

@Suite("What the log keeps: routes, not tokens; no SQL; a request id only from a proxy")
struct LoggingTests {
    @Test("a private inquiry link and an unsubscribe link are logged by their route, without the token")
    func tokensStayOutOfTheLog() async throws {
        try await TestApp.run { ctx in
            // setup
            let (_, path, inquiry) = try await ctx.ask()
            let log = CapturedLog.install(on: ctx.app)
            // act
            #expect(try await ctx.browser().get(path).status == .ok)
            try await ctx.browser().get("/samrad/bevakning/avsluta/\(inquiry.accessToken)x")
            // check
            #expect(!log.all.isEmpty)
            let leaks = log.all.filter { $0.contains(inquiry.accessToken) }
            #expect(leaks.isEmpty, "\(leaks)")
            #expect(log.all.contains { $0.contains("route=/kontakt/arende/:token") })
            #expect(log.all.contains { $0.contains("route=/samrad/bevakning/avsluta/:token") })
        }
    }

    /// PostgresNIO's own trace lines name the statement with its values masked (`****`); Fluent's
    /// and PostgresKit's query lines carry the values and are dropped.
    @Test("no query line and no bound value reaches the log, at any level")
    func noSQL() async throws {
        try await TestApp.run { ctx in
            let log = CapturedLog.install(on: ctx.app)
            _ = try await User.query(on: ctx.app.db).filter(\.$email == "needle-in-the-log@example.org").first()
            let leaks = log.all.filter { $0.contains("needle-in-the-log") || $0.contains("Running query") || $0.contains("Executing query") }
            #expect(leaks.isEmpty, "\(leaks)")
        }
    }

    @Test("a write that took half a second or more is a warning, with its time and its wait at the write gate; a quick one only when the machine made it that slow")
    func slowWrite() async throws {
        try await TestApp.run { ctx in
            // setup: each write asked with a logger that names it
            let log = CapturedLog.install(on: ctx.app)
            func database(_ name: String) throws -> any Database {
                var logger = ctx.app.logger
                logger[metadataKey: "which"] = .string(name)
                return try #require(ctx.app.databases.database(logger: logger, on: ctx.app.eventLoopGroup.next()))
            }
            // act
            try await database("slow").retryingTransaction { _ in try await Task.sleep(for: .milliseconds(600)) }
            try await database("quick").retryingTransaction { _ in }
            // check
            let slow = log.all.filter { $0.contains("slow write") }
            let line = try #require(slow.first { $0.contains("which=slow") }, "\(slow)")
            #expect(line.hasPrefix("warning") && line.contains("gate-ms=") && line.contains("tries=1"))
            func milliseconds(_ line: String, _ key: String) -> Double {
                line.split(separator: " ").first { $0.hasPrefix(key + "=") }.flatMap { Double($0.dropFirst(key.count + 1)) } ?? 0
            }
            #expect(milliseconds(line, "ms") >= 600, "\(line)")
            // The quick one only if the machine made it wait half a second, and then it says so.
            for quick in slow where quick.contains("which=quick") {
                #expect(milliseconds(quick, "ms") + milliseconds(quick, "gate-ms") >= 500, "\(quick)")
            }
        }
    }

    @Test("X-Request-Id is taken from a trusted proxy only")
    func requestID() async throws {
        try await TestApp.run { ctx in
            let response = try await ctx.browser().get("/", headers: ["X-Request-Id": "forged-by-a-visitor"])
            #expect(response.headers.first(name: "X-Request-Id") != "forged-by-a-visitor")
        }
        try await TestApp.run(trustedProxies: [TestApp.inProcessPeer]) { ctx in
            let response = try await ctx.browser().get("/", headers: ["X-Request-Id": "from-nginx-123"])
            #expect(response.headers.first(name: "X-Request-Id") == "from-nginx-123")
        }
    }
}
