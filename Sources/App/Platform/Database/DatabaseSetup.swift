import Vapor
import Fluent
import FluentSQLiteDriver
import FluentPostgresDriver
import SQLKit

enum DatabaseSetup {
    static func configure(_ app: Application, settings: Settings) async throws {
        let connectionWait = settings.connectionWait
        switch settings.storage {
        case .sqliteScratch(let path):
            // The tests' database: a copy of a template, in WAL mode as in production.
            app.databases.use(DatabaseConfigurationFactory.sqlite(.file(path), connectionPoolTimeout: .seconds(connectionWait), sqlLogLevel: nil).quiet.gated,
                              as: .sqlite)
            try await (app.db as! any SQLDatabase).raw("PRAGMA journal_mode=WAL").run()
            try await boundBusyWaits(app)
        case .sqliteFile(let path):
            try Settings.makeFolder((path as NSString).deletingLastPathComponent)
            app.databases.use(DatabaseConfigurationFactory.sqlite(.file(path), connectionPoolTimeout: .seconds(connectionWait), sqlLogLevel: nil).quiet.gated,
                              as: .sqlite)
            // WAL lets readers work while one writer writes; the setting is kept in the file.
            let sql = app.db as! any SQLDatabase
            try await sql.raw("PRAGMA journal_mode=WAL").run()
            try await boundBusyWaits(app)
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            // No query logging at any level (`quiet`): bound values include e-mail addresses and tokens.
            let perLoop = connectionsPerEventLoop(settings.databaseConnections, loops: app.eventLoopGroup.makeIterator().reduce(0) { n, _ in n + 1 })
            app.databases.use(DatabaseConfigurationFactory.postgres(configuration: configuration, maxConnectionsPerEventLoop: perLoop,
                                                                    connectionPoolTimeout: .seconds(connectionWait), sqlLogLevel: .trace).quiet, as: .psql)
        }
    }

    /// Each event loop has its own pool, so the instance's connections are shared out over the
    /// loops, at least one each (rounded up: 8 over 3 loops is 3 each).
    static func connectionsPerEventLoop(_ total: Int, loops: Int) -> Int {
        max(1, (total + max(loops, 1) - 1) / max(loops, 1))
    }

    /// SQLiteNIO's busy handler retries for ever, spinning on a thread-pool thread; when the
    /// connection holding the lock needs that thread, both wait for good. A bounded busy timeout
    /// sleeps instead and then fails, and `retryingTransaction` runs the transaction again.
    /// There is one connection per event loop and one for writes, kept for the life of the
    /// process, so the timeout must stay well below the pool's 10 s wait: at 10 s, eight
    /// concurrent writers made other requests time out waiting for a connection (tried, measured
    /// by InquiryInputTests).
    ///
    /// Each connection also gets a 16 MB page cache instead of SQLite's 2 MB: at national scale
    /// the database is over a gigabyte, and a search that touches a few thousand rows otherwise
    /// reads most of its pages through system calls again on every request. The caches fill up
    /// and stay full, so they are most of what the process grows by: at 250 000 associations
    /// 32 MB each took the server to 145–161 MB, over the 150 MB target; 16 MB each gives about
    /// 116 MB, with the same search speed (bench/RESULTS.md, seventeenth run).
    static func boundBusyWaits(_ app: Application) async throws {
        let readers = app.eventLoopGroup.makeIterator().compactMap { app.databases.database(.sqlite, logger: app.logger, on: $0) }
        let writer = readers.first?.writeGate?.database(logger: app.logger)
        for case let db as any SQLDatabase in readers + [writer].compactMap({ $0 }) {
            try await db.raw("PRAGMA busy_timeout = 3000").run()
            try await db.raw("PRAGMA cache_size = -16000").run()
        }
    }

    /// "sqlite" or "postgres", as /health reports it.
    static func kind(_ app: Application) -> String {
        app.settings.storage.kindName
    }
}
