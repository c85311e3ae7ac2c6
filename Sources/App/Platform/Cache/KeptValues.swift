import Foundation
import NIOConcurrencyHelpers
import Domain

/// Things made from the database and kept in memory, each with the change number it was made at
/// and the scopes it read; the one place where "computed once" is decided, for pages and values.
///
/// A missing or outdated thing is made by one caller (the leader); the others wait for that
/// one result. Where `maxStaleness` allows, they get the previous thing instead while it is
/// made again, for at most that long after the remaking began (then they wait after all).
/// Bounded in entries and cost; the oldest entries leave first.
final class KeptValues<Key: Hashable & Sendable, Value: Sendable>: Sendable {
    struct Kept: Sendable {
        var value: Value
        /// The change number when making began: what it read is at least that new.
        var basis: Int64
        var scopes: Set<ContentScope>
        var day: CalendarDay
        var cost = 1
        /// Out of date from this moment, whatever is written (nil: until a change or the day ends).
        var until: Date? = nil
        /// Current until this moment, whatever is written: a report allowed to lag the writes
        /// (`VersionedCache.holdFor`) is made at most once in that while (nil: no such allowance).
        var firmUntil: Date? = nil

        func isCurrent(_ versions: ContentVersions.Snapshot, day: CalendarDay, now: Date) -> Bool {
            guard self.day == day, until.map({ now < $0 }) ?? true else { return false }
            return (firmUntil.map { now < $0 } ?? false) || versions.isUnchanged(scopes, since: basis)
        }
    }

    enum Lookup {
        case fresh(Kept)
        /// Outdated, served while the leader makes it again.
        case stale(Kept)
        /// Being made by another caller: wait for the flight.
        case wait(Flight<Kept>)
        /// Make it and call `finish`; the outdated thing, if any, for those who may serve it meanwhile.
        case lead(Flight<Kept>, previous: Kept?)
    }

    struct Counts: Sendable {
        var hits = 0, stale = 0, waits = 0, computations = 0
    }

    private struct State {
        var entries: [Key: Kept] = [:]
        var order: [Key] = []
        var cost = 0
        var flights: [Key: (flight: Flight<Kept>, since: Date)] = [:]
        var counts = Counts()
    }

    let name: String
    let maxStaleness: TimeInterval
    let maxEntries: Int
    let maxCost: Int
    private let state = NIOLockedValueBox(State())

    init(name: String, maxStaleness: TimeInterval = 0, maxEntries: Int = 1_000, maxCost: Int = .max) {
        self.name = name
        self.maxStaleness = maxStaleness
        self.maxEntries = maxEntries
        self.maxCost = maxCost
    }

    func lookup(_ key: Key, versions: ContentVersions.Snapshot, day: CalendarDay, now: Date) -> Lookup {
        state.withLockedValue { state in
            let kept = state.entries[key]
            if let kept, kept.isCurrent(versions, day: day, now: now) {
                state.counts.hits += 1
                return .fresh(kept)
            }
            if let running = state.flights[key] {
                if let kept, now.timeIntervalSince(running.since) < maxStaleness {
                    state.counts.stale += 1
                    return .stale(kept)
                }
                state.counts.waits += 1
                return .wait(running.flight)
            }
            let flight = Flight<Kept>()
            state.flights[key] = (flight, now)
            state.counts.computations += 1
            return .lead(flight, previous: maxStaleness > 0 ? kept : nil)
        }
    }

    /// Ends a flight `lookup` gave the lead of: keeps the thing (nil: nothing to keep) and hands
    /// it to everyone waiting.
    func finish(_ key: Key, _ flight: Flight<Kept>, _ outcome: Result<Kept?, any Error>) {
        state.withLockedValue { state in
            if state.flights[key]?.flight === flight { state.flights[key] = nil }
            guard case .success(let made?) = outcome else { return }
            if let old = state.entries.updateValue(made, forKey: key) { state.cost -= old.cost } else { state.order.append(key) }
            state.cost += made.cost
            while state.entries.count > maxEntries || state.cost > maxCost, !state.order.isEmpty {
                let oldest = state.order.removeFirst()
                if let removed = state.entries.removeValue(forKey: oldest) { state.cost -= removed.cost }
            }
            if state.order.count > state.entries.count * 2 { state.order = state.order.filter { state.entries[$0] != nil } }
        }
        flight.finish(outcome)
    }

    var count: Int { state.withLockedValue { $0.entries.count } }
    var counts: Counts { state.withLockedValue { $0.counts } }
}
