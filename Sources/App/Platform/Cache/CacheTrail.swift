import Vapor
import NIOConcurrencyHelpers

/// What a page being rendered for the cache read: the scopes of its route, those its handler
/// adds (the one association it shows), and the oldest change number of any kept value it used,
/// so a page built from a value served stale is not kept as current; the moment it goes out
/// of date by itself, with no write (an event's registration closing as it starts); and, when
/// every kept value it used was one allowed to lag the writes, until when it stays as it is.
final class CacheTrail: Sendable {
    private struct State {
        var scopes: Set<ContentScope>
        var basis: Int64
        var until: Date?
        /// nil until a value is used; then the earliest firm moment of those used (distantPast: one had none).
        var firmUntil: Date?
    }

    private let state: NIOLockedValueBox<State>

    init(scopes: Set<ContentScope>, basis: Int64) {
        state = NIOLockedValueBox(State(scopes: scopes, basis: basis))
    }

    /// The page says something that stops being true at `moment` (only a later one than now counts).
    func changes(at moment: Date) {
        state.withLockedValue { $0.until = min($0.until ?? moment, moment) }
    }

    func depends(on scope: ContentScope) {
        state.withLockedValue { _ = $0.scopes.insert(scope) }
    }

    func used(basis: Int64, scopes: Set<ContentScope>, firmUntil: Date? = nil) {
        state.withLockedValue { state in
            state.basis = min(state.basis, basis)
            state.scopes.formUnion(scopes)
            state.firmUntil = min(state.firmUntil ?? .distantFuture, firmUntil ?? .distantPast)
        }
    }

    var scopes: Set<ContentScope> { state.withLockedValue { $0.scopes } }
    var basis: Int64 { state.withLockedValue { $0.basis } }
    var until: Date? { state.withLockedValue { $0.until } }
    /// Until when the page stays as it is whatever is written: only if every value it used allows that.
    var firmUntil: Date? { state.withLockedValue { $0.firmUntil.flatMap { $0 == .distantPast ? nil : $0 } } }
}

extension Request {
    private struct TrailKey: StorageKey { typealias Value = CacheTrail }

    /// Set while an anonymous page is rendered for the page cache; nil otherwise.
    var cacheTrail: CacheTrail? {
        get { storage[TrailKey.self] }
        set { storage[TrailKey.self] = newValue }
    }
}

extension Route {
    /// The scopes a page of this route reads, from its `SiteURL`; every scope if it says none.
    var cacheScopes: Set<ContentScope> { userInfo["cacheScopes"] as? Set<ContentScope> ?? [.everything] }

    /// An API route whose JSON the page cache keeps (`SiteURL.isKeptAPI`).
    var isKeptAPI: Bool { userInfo["keptAPI"] as? Bool ?? false }
}
