import Logging
import CoreMetrics

/// How long write transactions wait and take, so a stall names its cause. On `/metrics`:
/// `samverka_db_write_wait_seconds` (the wait for SQLite's write gate: the writers ahead),
/// `samverka_db_write_seconds` (each try of a transaction, from its first statement through the
/// commit, and on SQLite what it waited inside for a connection, the lock and the disk) and
/// `samverka_db_busy_retries_total` (tries SQLite refused because another connection was
/// writing). A write that took longer than `slow` is also logged as a warning, with the id of
/// the request that asked for it (the logger's metadata).
enum WriteTimings {
    static let slow: Duration = .milliseconds(500)

    static func waited(since start: ContinuousClock.Instant) {
        record("samverka_db_write_wait_seconds", ContinuousClock.now - start)
    }

    static func wrote(since start: ContinuousClock.Instant, waited: Duration, tries: Int, logger: Logger) {
        let took = ContinuousClock.now - start
        record("samverka_db_write_seconds", took)
        guard took + waited >= slow else { return }
        logger.warning("slow write", metadata: ["ms": .string(milliseconds(took)), "gate-ms": .string(milliseconds(waited)),
                                                "tries": .stringConvertible(tries)])
    }

    static func refused() {
        CoreMetrics.Counter(label: "samverka_db_busy_retries_total").increment()
    }

    private static func record(_ label: String, _ elapsed: Duration) {
        CoreMetrics.Timer(label: label)
            .recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
    }

    private static func milliseconds(_ elapsed: Duration) -> String {
        let ms = Double(elapsed.components.seconds) * 1_000 + Double(elapsed.components.attoseconds) / 1e15
        return String(format: "%.1f", ms)
    }
}
