import Vapor

/// Reads the session cookie before the route runs and writes any change to it afterwards.
struct SessionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if let token = request.cookies[SessionStore.cookieName]?.string, !token.isEmpty, token.count <= 100 {
            try await SessionStore.load(token: token, request: request)
        }
        let response = try await next.respond(to: request)
        let secure = request.application.settings.isHTTPS
        apply(request.sessionCookieChange, to: response, secure: secure)
        if let token = request.issuedFormToken {
            response.cookies[SignedFormToken.cookieName] = HTTPCookies.Value(
                string: token, maxAge: Int(SignedFormToken.lifetime), path: "/", isSecure: secure, isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }

    private func apply(_ change: SessionCookieChange?, to response: Response, secure: Bool) {
        switch change {
        case .set(let token):
            response.cookies[SessionStore.cookieName] = HTTPCookies.Value(
                string: token, maxAge: Int(SessionStore.absoluteLifetime), path: "/",
                isSecure: secure, isHTTPOnly: true, sameSite: .lax
            )
        case .clear:
            response.cookies[SessionStore.cookieName] = HTTPCookies.Value(
                string: "", expires: Date(timeIntervalSince1970: 0), maxAge: 0, path: "/",
                isSecure: secure, isHTTPOnly: true, sameSite: .lax
            )
        case nil:
            break
        }
    }
}
