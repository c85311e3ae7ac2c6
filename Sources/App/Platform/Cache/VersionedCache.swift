import Vapor
import Fluent
import Domain
import NIOConcurrencyHelpers

/// Values computed from the database and kept under the content version (and the Stockholm day)
/// they were computed at: any write anywhere retires them, and between writes every visitor and
/// API client is served from memory. Two requests that miss at once may both compute; the
/// result is the same, so that costs time, never correctness.
final class VersionedCache<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    private let entries = NIOLockedValueBox<[Key: (version: Int, day: CalendarDay, value: Value)]>([:])

    func value(_ key: Key, app: Application, on db: any Database, now: Date,
               make: @Sendable () async throws -> Value) async throws -> Value {
        let version = try await app.contentVersion.current(on: db)
        let today = CalendarDay(now)
        if let kept = entries.withLockedValue({ $0[key] }), kept.version == version, kept.day == today { return kept.value }
        let value = try await make()
        entries.withLockedValue { $0[key] = (version, today, value) }
        return value
    }
}
