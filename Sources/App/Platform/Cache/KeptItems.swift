import Vapor
import Fluent
import NIOConcurrencyHelpers

/// The items of a list API kept by id while none of the areas they are made from has changed, so
/// an answer that is not kept as a whole (every filter, word and page asks something new) still
/// makes only the items it has not made before. The filter and the order are asked of the database
/// for every answer; what is kept is each item's folded facts and names (or, with a filter as the
/// id, the filter's count: `app.projectTotals`, `app.directoryCounts`, each made once by
/// `item(_:app:on:make:)` while others wait for it).
///
/// Everything is dropped at once when a scope changes (a project written, an association renamed):
/// such writes are rare next to the reads, and one basis for all the items keeps the rule simple.
/// An item made from a read that began before the drop is not kept, as it may predate the change.
/// Bounded: when full, it starts again empty.
final class KeptItems<ID: Hashable & Sendable, Item: Sendable>: Sendable {
    private struct State {
        /// The change number the kept items are current at; nil: nothing kept yet.
        var basis: Int64?
        var items: [ID: Item] = [:]
        /// Items being made by `item(_:…)`, that others asking for the same id wait for.
        var flights: [ID: Flight<Item>] = [:]
        var hits = 0, made = 0, waits = 0

        /// Everything dropped (flights too: a read begun before the change leads none after it)
        /// when a scope has changed since the basis; then current at `versions`.
        mutating func follow(_ versions: ContentVersions.Snapshot, _ scopes: Set<ContentScope>) {
            if let basis, !versions.isUnchanged(scopes, since: basis) { (items, flights, self.basis) = ([:], [:], nil) }
            if basis == nil { basis = versions.watermark }
        }

        /// Whether what was read at `versions` may be kept: nothing dropped (and begun again) since.
        func keeps(_ versions: ContentVersions.Snapshot, _ scopes: Set<ContentScope>) -> Bool {
            guard let basis else { return false }
            return versions.watermark >= basis && versions.isUnchanged(scopes, since: basis)
        }
    }

    let name: String
    let scopes: Set<ContentScope>
    let capacity: Int
    private let state = NIOLockedValueBox(State())

    init(name: String, scopes: Set<ContentScope>, capacity: Int = 5_000) {
        self.name = name
        self.scopes = scopes
        self.capacity = capacity
    }

    /// The items for `ids`, in that order: the kept ones as they are, the others made by one call
    /// of `make` (given only those ids; an id it returns nothing for is left out, as gone).
    func items(_ ids: [ID], app: Application, on db: any Database, id: (Item) -> ID,
               make: ([ID]) async throws -> [Item]) async throws -> [Item] {
        let versions = try await app.contentVersions.current(on: db)
        var found: [ID: Item] = state.withLockedValue { state in
            state.follow(versions, scopes)
            var found: [ID: Item] = [:]
            for id in ids { if let item = state.items[id] { found[id] = item } }
            state.hits += found.count
            return found
        }
        let missing = ids.filter { found[$0] == nil }
        if !missing.isEmpty {
            let made = try await make(missing)
            for item in made { found[id(item)] = item }
            state.withLockedValue { state in
                state.made += made.count
                // Dropped (and begun again) since this read began: what was read may be older than the drop.
                guard state.keeps(versions, scopes) else { return }
                if state.items.count + made.count > capacity { state.items = [:] }
                for item in made { state.items[id(item)] = item }
            }
        }
        return ids.compactMap { found[$0] }
    }

    private enum Lookup { case kept(Item), wait(Flight<Item>), lead(Flight<Item>) }

    /// The item for one id: kept, or made by one call of `make` while the others that ask for it
    /// meanwhile wait for that one. After an association changes, 16 requests for `category=sport`
    /// at 250 000 would otherwise each count its 10 001 matches (40 ms each, on two cores). The
    /// leader's own `make` runs in its request (it may bring that request's page as well, as the
    /// directory's count on PostgreSQL does); if it fails or is cancelled, the others make their own.
    func item(_ id: ID, app: Application, on db: any Database, make: () async throws -> Item) async throws -> Item {
        let versions = try await app.contentVersions.current(on: db)
        let lookup: Lookup = state.withLockedValue { state in
            state.follow(versions, scopes)
            if let item = state.items[id] { state.hits += 1; return .kept(item) }
            if let flight = state.flights[id] { state.waits += 1; return .wait(flight) }
            let flight = Flight<Item>()
            state.flights[id] = flight
            return .lead(flight)
        }
        switch lookup {
        case .kept(let item):
            return item
        case .wait(let flight):
            if let item = try await flight.wait() { return item }
            return try await make()
        case .lead(let flight):
            let made: Item
            do { made = try await make() } catch {
                land(id, flight, nil, versions)
                throw error
            }
            land(id, flight, made, versions)
            return made
        }
    }

    /// A flight's end: its item kept (unless dropped since its read began), the waiters given it
    /// (nil: make your own).
    private func land(_ id: ID, _ flight: Flight<Item>, _ made: Item?, _ versions: ContentVersions.Snapshot) {
        state.withLockedValue { state in
            if state.flights[id] === flight { state.flights[id] = nil }
            guard let made else { return }
            state.made += 1
            guard state.keeps(versions, scopes) else { return }
            if state.items.count >= capacity { state.items = [:] }
            state.items[id] = made
        }
        flight.finish(.success(made))
    }

    var count: Int { state.withLockedValue { $0.items.count } }
    /// Items served as kept, items made, and requests that waited for one being made (`item(_:…)`).
    var counts: (hits: Int, made: Int, waits: Int) { state.withLockedValue { ($0.hits, $0.made, $0.waits) } }
}
