import Vapor
import Domain
import Views

/// Turns every error into a page in the reader's language (or JSON under /api/), with the
/// request id to quote. Never a stack trace: details go to the log only.
struct SiteErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            return response(for: error, request: request)
        }
    }

    func response(for error: any Error, request: Request) -> Response {
        let isAPI = request.url.path.hasPrefix("/api/")
        if error is SignInRequired {
            if isAPI { return APIError.response(.unauthorized, "Sign in first", field: nil) }
            let back = request.method == .GET ? request.url.string : nil
            return request.seeOther(SiteURL.accounts(.login).path(query: [("return", request.safeReturnPath(back))]))
        }
        let status: HTTPResponseStatus
        var field: String?
        switch error {
        case is CSRFFailure: status = .forbidden
        case let refusal as any Refusal:
            // A decision's "no" met outside a form: its kind is the status, its words go on top of the page.
            status = refusal.kind.status
            request.formProblems = refusal.problems
        case let abort as any AbortError: status = abort.status
        case let api as APIError: status = api.status; field = api.field
        case is DecodingError: status = .badRequest
        default: status = .internalServerError
        }
        if status.code >= 500 {
            request.logger.error("\(String(reflecting: error))")
        } else {
            request.logger.debug("\(status.code): \(String(describing: error))")
        }
        if isAPI {
            // A known API path asked with a method it does not answer is 405, not 404.
            let allowed = status == .notFound ? Self.methods(answering: request) : []
            if !allowed.isEmpty && !allowed.contains(request.method.rawValue) {
                let response = APIError.response(.methodNotAllowed, "\(request.method.rawValue) is not supported here", field: nil)
                response.headers.replaceOrAdd(name: .allow, value: allowed.joined(separator: ", "))
                return response
            }
            let message = (error as? APIError)?.message ?? Self.apiMessage(status, error)
            return APIError.response(status, message, field: field)
        }
        let key = error is CSRFFailure ? "csrf" : Self.pageKey(status)
        let page = MessagePage(
            titleKey: "error.\(key).title", paragraphKeys: ["error.\(key).body"],
            link: error is CSRFFailure ? nil : (SiteURL.home.path, "error.toHome"),
            detail: status.code >= 500 || error is CSRFFailure ? request.requestID : nil
        )
        let context = request.pageContext(csrfToken: request.sessionRecord?.csrfToken)
        let response = request.html(page.render(context), status: status)
        return response
    }

    /// The methods registered for the request's path (parameters match any value).
    static func methods(answering request: Request) -> [String] {
        let parts = request.url.path.split(separator: "/").map(String.init)
        return request.application.routes.all.filter { route in
            route.path.count == parts.count && zip(route.path, parts).allSatisfy { component, part in
                if case .constant(let value) = component { return value == part }
                return true
            }
        }.map(\.method.rawValue).sorted()
    }

    static func pageKey(_ status: HTTPResponseStatus) -> String {
        switch status.code {
        case 400, 403, 404, 405, 409, 413, 429: return String(status.code)
        case 400..<500: return "400"
        default: return "500"
        }
    }

    static func apiMessage(_ status: HTTPResponseStatus, _ error: any Error) -> String {
        if let abort = error as? any AbortError, status.code < 500 { return abort.reason }
        return status.reasonPhrase
    }
}

/// A JSON API error: `{"error": "...", "field": "..."}` with a 4xx status.
struct APIError: Error {
    let status: HTTPResponseStatus
    let message: String
    let field: String?

    init(_ status: HTTPResponseStatus, _ message: String, field: String? = nil) {
        self.status = status
        self.message = message
        self.field = field
    }

    struct Body: Content {
        let error: String
        let field: String?
    }

    static func response(_ status: HTTPResponseStatus, _ message: String, field: String?) -> Response {
        let response = Response(status: status)
        try? response.content.encode(Body(error: message, field: field), as: .json)
        return response
    }
}
