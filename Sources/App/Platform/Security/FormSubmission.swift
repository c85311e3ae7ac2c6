import Vapor
import Fluent
import Views

/// One sent form, remembered so that the same form sent twice (a double click, a retry after a
/// dropped connection) changes things once. Every page gives its forms a fresh nonce; the
/// change that a post makes inserts `nonce:path` in its own transaction, so a second copy meets
/// the unique key and is answered with where the first one led.
final class FormSubmission: Model, @unchecked Sendable {
    static let schema = "form_submissions"

    @ID(custom: "key", generatedBy: .user) var id: String?
    @Field(key: "created_at") var createdAt: Date
    /// Where the first answer sent the browser (set after it was given).
    @OptionalField(key: "location") var location: String?

    init() {}

    init(key: String, createdAt: Date) {
        self.id = key
        self.createdAt = createdAt
    }
}

/// The same form was already sent; the first post's answer is the answer.
struct DuplicateSubmission: Error {
    let key: String
}

extension Request {
    /// The key of the form this post came from, or nil for posts without one.
    var submissionKey: String? {
        guard method == .POST else { return nil }
        let nonce = formFields[Form.submissionFieldName]
        guard !nonce.isEmpty, nonce.count <= 64 else { return nil }
        return "\(nonce):\(url.path)"
    }
}

/// Remembers where an accepted form led, and answers a repeat of it with the same place.
struct FormSubmissionMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            let response = try await next.respond(to: request)
            if let key = request.submissionKey, response.status == .seeOther, let location = response.headers.first(name: .location) {
                // Retried while SQLite is busy: a repeat of this form waits for this answer.
                try? await request.db.retryingTransaction { tx in
                    try await FormSubmission.query(on: tx).filter(\.$id == key).set(\.$location, to: location).update()
                }
            }
            return response
        } catch let duplicate as DuplicateSubmission {
            // The first copy may still be on its way: wait (up to 10 s) for where it led.
            for _ in 0..<100 {
                if let location = try await FormSubmission.find(duplicate.key, on: request.db)?.location {
                    return request.seeOther(location)
                }
                try await Task.sleep(nanoseconds: 100_000_000)
            }
            return request.seeOther(request.url.path + "?notice=alreadySent")
        }
    }
}

extension FormSubmission: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $createdAt, $location] }
}
