import Vapor
import Domain
import Views

extension Request {
    private struct ProblemsKey: StorageKey { typealias Value = [FieldError] }

    /// Problems with a form as a whole (someone else acted first), shown at the top of the page
    /// that is rendered again; problems with one field are shown next to it.
    var formProblems: [FieldError] {
        get { storage[ProblemsKey.self] ?? [] }
        set { storage[ProblemsKey.self] = newValue }
    }

    /// The one way a form post is answered. `perform` gets the fields (read once), asks Domain and
    /// makes the change, and says where to go next: 303 there. A refusal comes back as the same
    /// form with the sent values kept and the problems named — 422 for what was sent, 409 when the
    /// thing moved on since the page was shown; "not found" and "forbidden" answer as such.
    func answerForm(
        render: (FormState, HTTPResponseStatus) async throws -> Response,
        perform: (FormFields) async throws -> String
    ) async throws -> Response {
        try await answerForm(render: render, respond: { fields in seeOther(try await perform(fields)) })
    }

    /// The same, for the rare answer that is a page and not a redirect: something shown once that
    /// must not come back on a reload (new recovery codes).
    func answerForm(
        render: (FormState, HTTPResponseStatus) async throws -> Response,
        respond: (FormFields) async throws -> Response
    ) async throws -> Response {
        let fields = formFields
        do {
            return try await respond(fields)
        } catch let refusal as any Refusal {
            let status = refusal.kind.status
            var retryAfter: Int?
            switch refusal.kind {
            // Nothing to say beyond the status: answered as any page that is not there or not theirs.
            case .notFound, .forbidden: if refusal.problems.isEmpty { throw Abort(status) }
            case .limited(let retryAt): retryAfter = max(1, Int(retryAt.timeIntervalSince(now).rounded(.up)))
            case .conflict, .invalid: break
            }
            formProblems = refusal.problems.filter(\.field.isEmpty)
            let response = try await render(FormState(fields: fields, errors: refusal.problems.filter { !$0.field.isEmpty }), status)
            if let retryAfter { response.headers.replaceOrAdd(name: .retryAfter, value: String(retryAfter)) }
            return response
        }
    }
}

extension RefusalKind {
    /// How the web says this kind of "no".
    var status: HTTPResponseStatus {
        switch self {
        case .notFound: return .notFound
        case .forbidden: return .forbidden
        case .conflict: return .conflict
        case .invalid: return .unprocessableEntity
        case .limited: return .tooManyRequests
        }
    }
}
