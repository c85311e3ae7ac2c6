import Vapor
import Fluent
import CoreMetrics
import Prometheus

/// `GET /metrics` in Prometheus's text format. Requests and latency per route pattern come from
/// Vapor, which reports them through swift-metrics to the registry here; what is read at the
/// moment of the scrape (outbox, caches, the database pool's size) is written beside them.
struct MetricsController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.metrics, .operations, use: metrics)
    }

    @Sendable func metrics(_ req: Request) async throws -> Response {
        var text = ServiceMetrics.registry.emitToString()
        text += try await ServiceMetrics.scraped(req.application, on: req.db)
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "text/plain; version=0.0.4; charset=utf-8")
        headers.replaceOrAdd(name: .cacheControl, value: "no-store")
        return Response(status: .ok, headers: headers, body: .init(string: text))
    }
}

enum ServiceMetrics {
    /// swift-metrics takes one backend per process, and the tests start many applications in one.
    static let registry: PrometheusCollectorRegistry = {
        let registry = PrometheusCollectorRegistry()
        var factory = PrometheusMetricsFactory(registry: registry)
        factory.defaultDurationHistogramBuckets = [1, 2, 5, 10, 15, 25, 50, 100, 250, 500, 1_000, 2_500, 5_000, 10_000]
            .map { Duration.milliseconds($0) }
        MetricsSystem.bootstrap(factory)
        return registry
    }()

    static func bootstrap() {
        _ = registry
    }

    static func scraped(_ app: Application, on db: any Database) async throws -> String {
        var out = MetricsText()
        let queued = try await OutboxMessage.query(on: db).filter(\.$status ~~ [.pending, .sending]).count()
        out.family("samverka_outbox_queued", "gauge", "Mails waiting in the outbox to be sent.")
        out.sample("samverka_outbox_queued", [], Double(queued))

        let kind = DatabaseSetup.kind(app), loops = Array(app.eventLoopGroup.makeIterator()).count
        out.family("samverka_db_pool_connections_max", "gauge", "Database connections this instance may open (Fluent does not report how many are in use).")
        let perLoop = kind == "postgres" ? DatabaseSetup.connectionsPerEventLoop(app.settings.databaseConnections, loops: loops) : 1
        out.sample("samverka_db_pool_connections_max", [("database", kind)], Double(loops * perLoop))

        out.family("samverka_content_change", "gauge", "The newest change number this instance has read; caches are checked against it.")
        out.sample("samverka_content_change", [], Double(try await app.contentVersions.current(on: db).watermark))

        let caches: [(String, KeptValuesCounts)] = [(app.pageCache.name, .init(app.pageCache)),
                                                    (app.inquiryStats.kept.name, .init(app.inquiryStats.kept)),
                                                    (app.guideCatalogue.kept.name, .init(app.guideCatalogue.kept)),
                                                    (app.followUp.kept.name, .init(app.followUp.kept)),
                                                    (app.volunteeringFigures.kept.name, .init(app.volunteeringFigures.kept)),
                                                    (app.projectItems.name, .init(app.projectItems)),
                                                    (app.projectTotals.name, .init(app.projectTotals)),
                                                    (app.directoryCounts.name, .init(app.directoryCounts)),
                                                    (app.searchWords.name, .init(app.searchWords))]
        out.family("samverka_cache_lookups_total", "counter",
                   "Cache lookups by outcome: hit, stale (the last value while one request makes the new), wait (for that one), computed; project_items, project_totals, directory_counts and search_words count items.")
        for (name, counts) in caches {
            for (outcome, value) in [("hit", counts.hits), ("stale", counts.stale), ("wait", counts.waits), ("computed", counts.computations)] {
                out.sample("samverka_cache_lookups_total", [("cache", name), ("outcome", outcome)], Double(value))
            }
        }
        out.family("samverka_cache_entries", "gauge", "Entries kept in each cache.")
        for (name, counts) in caches { out.sample("samverka_cache_entries", [("cache", name)], Double(counts.entries)) }
        return out.text
    }
}

/// A cache's figures, whatever it keeps.
struct KeptValuesCounts {
    var hits, stale, waits, computations, entries: Int

    init<Key, Value>(_ cache: KeptValues<Key, Value>) {
        let counts = cache.counts
        hits = counts.hits
        stale = counts.stale
        waits = counts.waits
        computations = counts.computations
        entries = cache.count
    }

    /// Kept items are counted one by one: a hit per item served as kept, a computation per item
    /// made, a wait per request that waited for a kept count being made.
    init<ID, Item>(_ items: KeptItems<ID, Item>) {
        (hits, computations, waits) = items.counts
        stale = 0
        entries = items.count
    }
}

/// The text exposition format, for the few families read at scrape time.
struct MetricsText {
    private(set) var text = ""

    mutating func family(_ name: String, _ type: String, _ help: String) {
        text += "# HELP \(name) \(help)\n# TYPE \(name) \(type)\n"
    }

    mutating func sample(_ name: String, _ labels: [(String, String)], _ value: Double) {
        let rendered = labels.map { "\($0.0)=\"\($0.1.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "\"", with: "\\\""))\"" }
        text += name + (rendered.isEmpty ? "" : "{" + rendered.joined(separator: ",") + "}") + " \(value == value.rounded() ? String(Int(value)) : String(value))\n"
    }
}
