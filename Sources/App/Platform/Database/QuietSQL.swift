import Fluent
import Logging

/// A database configuration whose queries are never logged. Fluent logs each query with its
/// filter values at debug, and PostgresKit each statement with its bound values at the level
/// the driver is given (the PostgreSQL driver takes no "never"): e-mail addresses, private
/// tokens, what people wrote. This drops those lines at any log level and passes the rest on.
struct QuietSQLConfiguration: DatabaseConfiguration {
    var base: any DatabaseConfiguration

    var middleware: [any AnyModelMiddleware] {
        get { base.middleware }
        set { base.middleware = newValue }
    }

    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        QuietSQLDriver(base: base.makeDriver(for: databases))
    }
}

struct QuietSQLDriver: DatabaseDriver {
    let base: any DatabaseDriver

    func makeDatabase(with context: DatabaseContext) -> any Database {
        var logger = context.logger
        let handler = logger.handler
        logger.handler = WithoutStatements(base: handler)
        return base.makeDatabase(with: DatabaseContext(configuration: context.configuration, logger: logger, eventLoop: context.eventLoop,
                                                       history: context.history, pageSizeLimit: context.pageSizeLimit,
                                                       shouldTrace: context.shouldTrace))
    }

    func shutdown() { base.shutdown() }
    func shutdownAsync() async { await base.shutdownAsync() }
}

/// Forwards every log line but Fluent's "Running query" and PostgresKit's "Executing query".
struct WithoutStatements: LogHandler {
    var base: any LogHandler

    static let queryMessages: Set<String> = ["Running query", "Executing query"]

    func log(event: LogEvent) {
        guard !Self.queryMessages.contains(event.message.description) else { return }
        base.log(event: event)
    }

    subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { base[metadataKey: key] }
        set { base[metadataKey: key] = newValue }
    }

    var metadata: Logger.Metadata {
        get { base.metadata }
        set { base.metadata = newValue }
    }

    var logLevel: Logger.Level {
        get { base.logLevel }
        set { base.logLevel = newValue }
    }
}

extension DatabaseConfigurationFactory {
    /// The same database, with its statements kept out of the log.
    var quiet: DatabaseConfigurationFactory {
        let make = self.make
        return DatabaseConfigurationFactory { QuietSQLConfiguration(base: make()) }
    }
}
