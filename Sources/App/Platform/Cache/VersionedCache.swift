import Vapor
import Fluent
import CoreMetrics
import Domain

/// Values computed from the database (a report, the guide's catalogue), kept until a scope they
/// read changes or the Stockholm day turns. One request computes a missing value, in a task of
/// its own so that its client leaving does not fail the others; the rest wait for it. Once there
/// is a value, a change does not make anyone wait: the previous value is served while one task
/// computes the new one, for at most `maxStaleness` (a page built from it is not taken as current).
///
/// A value that may lag the writes (`holdFor`) is kept that long after it was made whatever is
/// written, so a report that reads every area is made at most once in that while, not after every
/// write; a page built from it is kept as long (and a second while the value is made again).
final class VersionedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    let kept: KeptValues<Key, Value>
    let scopes: Set<ContentScope>
    let holdFor: TimeInterval

    init(name: String, scopes: Set<ContentScope>, maxStaleness: TimeInterval = 10, holdFor: TimeInterval = 0) {
        self.kept = KeptValues(name: name, maxStaleness: maxStaleness)
        self.scopes = scopes
        self.holdFor = holdFor
    }

    func value(_ key: Key, for req: Request, make: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let (value, basis, firmUntil) = try await value(key, app: req.application, on: req.db, now: req.now, make: make)
        req.cacheTrail?.used(basis: basis, scopes: scopes, firmUntil: firmUntil)
        return value
    }

    func value(_ key: Key, app: Application, on db: any Database, now: Date,
               make: @escaping @Sendable () async throws -> Value) async throws -> (Value, basis: Int64, firmUntil: Date?) {
        let versions = try await app.contentVersions.current(on: db)
        switch kept.lookup(key, versions: versions, day: CalendarDay(now), now: now) {
        case .fresh(let found):
            return (found.value, found.basis, found.firmUntil)
        case .stale(let found):
            return (found.value, found.basis, whileRemade(now))
        case .wait(let flight):
            let waiting = ContinuousClock.now
            defer { record("samverka_cache_wait_seconds", since: waiting) }
            if let made = try await flight.wait() { return (made.value, made.basis, made.firmUntil) }
            return (try await make(), versions.watermark, nil)
        case .lead(let flight, let previous):
            let waiting = ContinuousClock.now
            let task = Task { [kept, scopes, holdFor] in
                do {
                    let made = KeptValues<Key, Value>.Kept(value: try await make(), basis: versions.watermark, scopes: scopes, day: CalendarDay(now),
                                                           firmUntil: holdFor > 0 ? now.addingTimeInterval(holdFor) : nil)
                    self.record("samverka_cache_compute_seconds", since: waiting)
                    kept.finish(key, flight, .success(made))
                    return made
                } catch {
                    kept.finish(key, flight, .failure(error))
                    throw error
                }
            }
            if let previous { return (previous.value, previous.basis, whileRemade(now)) }
            defer { record("samverka_cache_wait_seconds", since: waiting) }
            let made = try await task.value
            return (made.value, made.basis, made.firmUntil)
        }
    }

    /// In `/metrics`, per cache: how long a request waited for a value being made (`…_wait_…`:
    /// the leader with nothing older to serve, and those waiting for it; a stale or kept value is
    /// no wait), and how long making one took (`…_compute_…`). `bench/run --mixed` reads the waits.
    private func record(_ label: String, since start: ContinuousClock.Instant) {
        let elapsed = ContinuousClock.now - start
        CoreMetrics.Timer(label: label, dimensions: [("cache", kept.name)])
            .recordNanoseconds(elapsed.components.seconds * 1_000_000_000 + elapsed.components.attoseconds / 1_000_000_000)
    }

    /// A held value served while it is made again: a page built from it is kept for a second, not
    /// rendered again for every request until the new value is there (a report at national scale
    /// takes a second or two). Other values' pages are not kept as current.
    private func whileRemade(_ now: Date) -> Date? {
        holdFor > 0 ? now.addingTimeInterval(min(holdFor, 1)) : nil
    }
}
