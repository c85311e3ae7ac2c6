import Fluent
import Logging
import NIOCore
import NIOPosix

/// An SQLite configuration that carries its database's write gate and the one connection writes
/// are made on. Fluent hands the configuration to every `Database` it makes (transactions
/// included) in `context`, so the gate belongs to one database of one application: the tests'
/// databases each have their own.
///
/// Reads have one connection per event loop. Were a write transaction made on one of them, every
/// read on that loop would wait for it to commit: the whole transaction, the Swift code between
/// its statements and the commit's sync to disk (`/health`, one query, had a p99 of 57 ms at 5
/// writes a second on the bench data). Writes take turns at the gate anyway, so one connection
/// of their own is enough, and in WAL mode the readers read the last commit meanwhile.
struct GatedConfiguration: DatabaseConfiguration {
    var base: any DatabaseConfiguration
    /// The same file again, for the writer's connection: its own pool, used on one event loop.
    var writes: any DatabaseConfiguration
    let gate = WriteGate()

    var middleware: [any AnyModelMiddleware] {
        get { base.middleware }
        set { base.middleware = newValue; writes.middleware = newValue }
    }

    /// The writer's statements run on a thread of their own, so a write never waits for the
    /// readers' threads (as many as cores: two here), whatever the reads are doing.
    func makeDriver(for databases: Databases) -> any DatabaseDriver {
        let thread = NIOThreadPool(numberOfThreads: 1)
        thread.start()
        let own = Databases(threadPool: thread, on: databases.eventLoopGroup)
        let writer = WriterConnection(driver: writes.makeDriver(for: own), configuration: writes,
                                      eventLoop: databases.eventLoopGroup.next())
        gate.writer.withLockedValue { $0 = writer }
        return GatedDriver(base: base.makeDriver(for: databases), writer: writer.driver, thread: thread)
    }
}

/// The readers' driver, which shuts the writer's down with its own, and then its thread.
struct GatedDriver: DatabaseDriver {
    let base: any DatabaseDriver
    let writer: any DatabaseDriver
    let thread: NIOThreadPool

    func makeDatabase(with context: DatabaseContext) -> any Database {
        base.makeDatabase(with: context)
    }

    func shutdown() {
        base.shutdown()
        writer.shutdown()
        try? thread.syncShutdownGracefully()
    }

    func shutdownAsync() async {
        await base.shutdownAsync()
        await writer.shutdownAsync()
        try? await thread.shutdownGracefully()
    }
}

/// The writer's connection: a pool of one on one event loop, so every write uses the same one.
struct WriterConnection: Sendable {
    let driver: any DatabaseDriver
    let configuration: any DatabaseConfiguration
    let eventLoop: any EventLoop

    func database(logger: Logger) -> any Database {
        driver.makeDatabase(with: DatabaseContext(configuration: configuration, logger: logger, eventLoop: eventLoop))
    }
}

extension DatabaseConfigurationFactory {
    /// The same database, with one write transaction at a time, on a connection of its own.
    var gated: DatabaseConfigurationFactory {
        let make = self.make
        return DatabaseConfigurationFactory { GatedConfiguration(base: make(), writes: make()) }
    }
}

extension Database {
    /// The write gate of this database, if it has one (SQLite).
    var writeGate: WriteGate? {
        (context.configuration as? GatedConfiguration)?.gate
    }
}

extension WriteGate {
    /// The database writes are made on: the writer's connection, once there is one.
    func database(logger: Logger) -> (any Database)? {
        writer.withLockedValue { $0 }?.database(logger: logger)
    }
}
