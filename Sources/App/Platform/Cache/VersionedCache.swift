import Vapor
import Fluent
import Domain

/// Values computed from the database (a report, the guide's catalogue), kept until a scope they
/// read changes or the Stockholm day turns. One request computes a missing value, in a task of
/// its own so that its client leaving does not fail the others; the rest wait for it. Once there
/// is a value, a change does not make anyone wait: the previous value is served while one task
/// computes the new one, for at most `maxStaleness` (a page built from it is not taken as current).
final class VersionedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    let kept: KeptValues<Key, Value>
    let scopes: Set<ContentScope>

    init(name: String, scopes: Set<ContentScope>, maxStaleness: TimeInterval = 10) {
        self.kept = KeptValues(name: name, maxStaleness: maxStaleness)
        self.scopes = scopes
    }

    func value(_ key: Key, for req: Request, make: @escaping @Sendable () async throws -> Value) async throws -> Value {
        let (value, basis) = try await value(key, app: req.application, on: req.db, now: req.now, make: make)
        req.cacheTrail?.used(basis: basis, scopes: scopes)
        return value
    }

    func value(_ key: Key, app: Application, on db: any Database, now: Date,
               make: @escaping @Sendable () async throws -> Value) async throws -> (Value, basis: Int64) {
        let versions = try await app.contentVersions.current(on: db)
        switch kept.lookup(key, versions: versions, day: CalendarDay(now), now: now) {
        case .fresh(let found), .stale(let found):
            return (found.value, found.basis)
        case .wait(let flight):
            if let made = try await flight.wait() { return (made.value, made.basis) }
            return (try await make(), versions.watermark)
        case .lead(let flight, let previous):
            let task = Task { [kept, scopes] in
                do {
                    let made = KeptValues<Key, Value>.Kept(value: try await make(), basis: versions.watermark, scopes: scopes, day: CalendarDay(now))
                    kept.finish(key, flight, .success(made))
                    return made
                } catch {
                    kept.finish(key, flight, .failure(error))
                    throw error
                }
            }
            if let previous { return (previous.value, previous.basis) }
            let made = try await task.value
            return (made.value, made.basis)
        }
    }
}
