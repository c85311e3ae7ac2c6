import Vapor
import Fluent
import NIOConcurrencyHelpers

/// The items of a list API kept by id while none of the areas they are made from has changed, so
/// an answer that is not kept as a whole (every filter, word and page asks something new) still
/// makes only the items it has not made before. The filter and the order are asked of the database
/// for every answer; what is kept is each item's folded facts and names (or, with a filter as the
/// id, the filter's count: `count(_:app:on:make:)`).
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
        var hits = 0, made = 0
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
            if let basis = state.basis, !versions.isUnchanged(scopes, since: basis) { state.items = [:]; state.basis = nil }
            if state.basis == nil { state.basis = versions.watermark }
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
                guard let basis = state.basis, versions.watermark >= basis, versions.isUnchanged(scopes, since: basis) else { return }
                if state.items.count + made.count > capacity { state.items = [:] }
                for item in made { state.items[id(item)] = item }
            }
        }
        return ids.compactMap { found[$0] }
    }

    var count: Int { state.withLockedValue { $0.items.count } }
    /// Items served as kept, and items made.
    var counts: (hits: Int, made: Int) { state.withLockedValue { ($0.hits, $0.made) } }
}

/// A filter's count, kept under the filter as text (`app.projectTotals`, `app.directoryCounts`).
struct KeptCount: Sendable {
    let key: String
    let count: Int
}

extension KeptItems where ID == String, Item == KeptCount {
    /// The count kept under `key` while none of the scopes has changed, else the one `make` gives (then kept).
    func count(_ key: String, app: Application, on db: any Database, make: () async throws -> Int) async throws -> Int {
        try await items([key], app: app, on: db, id: \.key) { _ in [KeptCount(key: key, count: try await make())] }.first?.count ?? 0
    }
}
