import Vapor
import Views

/// The synchronizer-token check: a form that changes something must carry the token of the
/// session that rendered it, or — for a visitor without a session — the signed token its cookie
/// holds. The JSON API is read-only and has no forms, so it is left out.
struct CSRFMiddleware: AsyncMiddleware {
    static let headerName = "X-CSRF-Token"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method),
              request.url.path.hasPrefix("/api/") == false
        else { return try await next.respond(to: request) }

        let sent = request.headers.first(name: Self.headerName) ?? request.formFields[Form.csrfFieldName]
        guard !sent.isEmpty else { throw CSRFFailure() }
        if let expected = request.sessionRecord?.csrfToken {
            guard SecureToken.constantTimeEquals(sent, expected) else { throw CSRFFailure() }
        } else {
            // No session: the signed token in the visitor's cookie, repeated in the form.
            let held = request.cookies[SignedFormToken.cookieName]?.string ?? ""
            let key = try await request.application.formTokenKey.value(on: request.db)
            guard SecureToken.constantTimeEquals(sent, held), SignedFormToken.isValid(sent, key: key, now: request.now) else {
                throw CSRFFailure()
            }
        }
        return try await next.respond(to: request)
    }
}

/// A form came without a valid token: usually an old tab or an expired session.
struct CSRFFailure: Error {}
