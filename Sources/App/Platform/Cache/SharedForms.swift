import Vapor

/// A page with a form that every anonymous visitor sees alike (an event's registration form),
/// kept in the page cache like any other: rendered once with stand-ins for the visitor's CSRF
/// token and the form's submission nonce, and given each visitor's own as it is served — their
/// signed token (the one their cookie holds, or a new one `SessionMiddleware` sets) and a fresh
/// nonce, exactly what an uncached render would give them. The stand-ins are random per process,
/// as the cache is, so no text anyone writes can be mistaken for one.
enum SharedForms {
    static let token = "samverka-token-" + SecureToken.make().prefix(24)
    static let nonce = "samverka-nonce-" + SecureToken.make().prefix(24)

    static func fill(_ body: ByteBuffer, for request: Request) async throws -> ByteBuffer {
        let token = try await request.csrfToken()
        let text = String(buffer: body).replacingOccurrences(of: Self.token, with: token)
            .replacingOccurrences(of: Self.nonce, with: String(SecureToken.make().prefix(22)))
        return ByteBuffer(string: text)
    }
}

extension Request {
    private struct SharedFormsKey: StorageKey { typealias Value = Bool }

    /// This render put `SharedForms`' stand-ins in the page, to be filled in per visitor.
    var hasSharedForms: Bool {
        get { storage[SharedFormsKey.self] ?? false }
        set { storage[SharedFormsKey.self] = newValue }
    }
}
