import Vapor
import Domain
import Views

/// Who may call a route. Every route is registered with one; a route without it fails the
/// route × role test, and the check runs on the server before the handler.
enum Access: Sendable, Hashable, CustomStringConvertible {
    case everyone
    case signedIn
    case permission(Permission)
    /// Machines that watch the service: a client on this machine with no proxy in between, or one
    /// holding `SAMVERKA_METRICS_TOKEN`. No person is let in by their role.
    case operations

    func allows(_ actor: Actor) -> Bool {
        switch self {
        case .operations: return false
        case .everyone: return true
        case .signedIn: return actor.isSignedIn
        case .permission(let permission): return Policy.allows(actor, permission)
        }
    }

    var description: String {
        switch self {
        case .everyone: return "everyone"
        case .signedIn: return "signedIn"
        case .permission(let permission): return permission.rawValue
        case .operations: return "operations"
        }
    }
}

/// Asked to sign in first; the error middleware turns it into a redirect (or a 401 for the API).
struct SignInRequired: Error {}

extension Request {
    func authorize(_ access: Access) throws {
        if access == .operations {
            guard !isOperationsClient else { return }
            if actor.isSignedIn { throw Abort(.forbidden) }
            throw Abort(.unauthorized, headers: ["WWW-Authenticate": "Bearer"])
        }
        guard !access.allows(actor) else { return }
        if !actor.isSignedIn { throw SignInRequired() }
        throw Abort(.forbidden)
    }
}

extension RoutesBuilder {
    /// Registers a route from its `SiteURL`, with the rule that guards it.
    @discardableResult
    func on<Response: AsyncResponseEncodable>(
        _ method: HTTPMethod, _ url: SiteURL, _ access: Access,
        use handler: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        let path = url.pathComponents.map { PathComponent(stringLiteral: $0) }
        let route = on(method, path) { request -> Response in
            try request.authorize(access)
            return try await handler(request)
        }
        route.userInfo["access"] = access
        route.userInfo["cacheScopes"] = url.cacheScopes
        if url.isKeptAPI { route.userInfo["keptAPI"] = true }
        return route
    }

    @discardableResult
    func get<Response: AsyncResponseEncodable>(
        _ url: SiteURL, _ access: Access, use handler: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.GET, url, access, use: handler)
    }

    @discardableResult
    func post<Response: AsyncResponseEncodable>(
        _ url: SiteURL, _ access: Access, use handler: @escaping @Sendable (Request) async throws -> Response
    ) -> Route {
        on(.POST, url, access, use: handler)
    }
}

extension Route {
    var access: Access? { userInfo["access"] as? Access }
}
