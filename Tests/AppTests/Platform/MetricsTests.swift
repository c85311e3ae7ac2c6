@testable import App
import Testing
import Vapor

@Suite("GET /metrics for the machines that watch the service")
struct MetricsTests {
    static let token = "metrics-token-for-the-tests-0123456789"

    @Test("with the token: requests and latency per route pattern (never the path), the outbox, the caches and the waits for reports; without it, 401")
    func withToken() async throws {
        try await TestApp.run { ctx in
            // setup
            ctx.app.settings.metricsToken = Self.token
            let association = try await ctx.association("Mätbar förening")
            let browser = ctx.browser()
            #expect(try await browser.get("/foreningar/\(association.slug)").status == .ok)
            #expect(try await browser.get("/foreningar/\(association.slug)").status == .ok)
            _ = try await ctx.ask()
            #expect(try await browser.get("/api/v1/inquiry-stats").status == .ok)

            // act
            var wrong = HTTPHeaders()
            wrong.bearerAuthorization = BearerAuthorization(token: "metrics-token-that-is-not-the-one-we-set")
            var right = HTTPHeaders()
            right.bearerAuthorization = BearerAuthorization(token: Self.token)
            let refused = try await browser.get("/metrics"), guessed = try await browser.get("/metrics", headers: wrong)
            let metrics = try await browser.get("/metrics", headers: right)

            // check
            #expect(refused.status == .unauthorized && guessed.status == .unauthorized)
            #expect(!refused.body.string.contains("http_requests_total"))
            #expect(metrics.status == .ok)
            #expect(metrics.headers.contentType?.description.hasPrefix("text/plain") == true)
            let text = metrics.body.string
            #expect(text.contains("http_requests_total{") && text.contains("path=\"/foreningar/:slug\""))
            #expect(text.contains("http_request_duration_seconds_bucket{"))
            #expect(!text.contains(association.slug), "a concrete path is never a label")
            #expect(text.contains("samverka_outbox_queued "))
            #expect(text.contains("samverka_cache_lookups_total{cache=\"pages\",outcome=\"hit\"} "))
            #expect(text.contains("samverka_cache_lookups_total{cache=\"inquiry_statistics\",outcome=\"computed\"} "))
            // the pool's size follows SAMVERKA_DATABASE_CONNECTIONS on PostgreSQL (shared out over the loops, rounded up)
            let poolLine = try #require(text.split(separator: "\n").first { $0.hasPrefix("samverka_db_pool_connections_max{database=") })
            let pool = try #require(poolLine.split(separator: " ").last.flatMap { Double($0) }).rounded()
            let loops = Double(Array(ctx.app.eventLoopGroup.makeIterator()).count)
            if TestApp.postgresURL != nil {
                let wanted = Double(ctx.app.settings.databaseConnections)
                #expect(pool >= wanted && pool < wanted + loops, "\(poolLine)")
            } else {
                #expect(pool == loops, "one SQLite connection a loop: \(poolLine)")
            }
            // the question's write: how long it took, and on SQLite how long it waited for the writers ahead
            #expect(text.contains("samverka_db_write_seconds_count "))
            #expect(text.contains("samverka_db_write_wait_seconds_count ") == (TestApp.postgresURL == nil))
            // the report made after the question: the request waited for it, and how long making it took
            #expect(text.contains("samverka_cache_wait_seconds_count{cache=\"inquiry_statistics\"} "))
            #expect(text.contains("samverka_cache_compute_seconds_bucket{cache=\"inquiry_statistics\",le=\"0.001\"} "))
        }
    }

    @Test("loopback is let in only when it came straight here, not forwarded by a proxy on the same machine")
    func loopback() {
        #expect(Request.isDirectLoopback("127.0.0.1", headers: [:]))
        #expect(Request.isDirectLoopback("::1", headers: [:]))
        #expect(!Request.isDirectLoopback("127.0.0.1", headers: ["X-Forwarded-For": "203.0.113.9"]))
        #expect(!Request.isDirectLoopback("127.0.0.1", headers: ["X-Real-IP": "203.0.113.9"]))
        #expect(!Request.isDirectLoopback("192.0.2.10", headers: [:]))
        #expect(!Request.isDirectLoopback(nil, headers: [:]))
    }
}
