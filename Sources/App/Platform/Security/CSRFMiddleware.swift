import Vapor
import Views

/// The synchronizer-token check: a form that changes something must carry the token of the
/// session that rendered it. The JSON API is read-only and has no forms, so it is left out.
struct CSRFMiddleware: AsyncMiddleware {
    static let headerName = "X-CSRF-Token"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard ![.GET, .HEAD, .OPTIONS].contains(request.method),
              request.url.path.hasPrefix("/api/") == false
        else { return try await next.respond(to: request) }

        let sent = request.headers.first(name: Self.headerName) ?? request.formFields[Form.csrfFieldName]
        guard let expected = request.sessionRecord?.csrfToken, !sent.isEmpty,
              SecureToken.constantTimeEquals(sent, expected)
        else {
            throw CSRFFailure()
        }
        return try await next.respond(to: request)
    }
}

/// A form came without a valid token: usually an old tab or an expired session.
struct CSRFFailure: Error {}
