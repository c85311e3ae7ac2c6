import Vapor
import NIOConcurrencyHelpers

/// What a page being rendered for the cache read: the scopes of its route, those its handler
/// adds (the one association it shows), and the oldest change number of any kept value it used,
/// so a page built from a value served stale is not kept as current; and the moment it goes out
/// of date by itself, with no write (an event's registration closing as it starts).
final class CacheTrail: Sendable {
    private let state: NIOLockedValueBox<(scopes: Set<ContentScope>, basis: Int64, until: Date?)>

    init(scopes: Set<ContentScope>, basis: Int64) {
        state = NIOLockedValueBox((scopes, basis, nil))
    }

    /// The page says something that stops being true at `moment` (only a later one than now counts).
    func changes(at moment: Date) {
        state.withLockedValue { $0.until = min($0.until ?? moment, moment) }
    }

    func depends(on scope: ContentScope) {
        state.withLockedValue { _ = $0.scopes.insert(scope) }
    }

    func used(basis: Int64, scopes: Set<ContentScope>) {
        state.withLockedValue { state in
            state.basis = min(state.basis, basis)
            state.scopes.formUnion(scopes)
        }
    }

    var scopes: Set<ContentScope> { state.withLockedValue { $0.scopes } }
    var basis: Int64 { state.withLockedValue { $0.basis } }
    var until: Date? { state.withLockedValue { $0.until } }
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
