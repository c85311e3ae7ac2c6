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
        return replacing([(Array(Self.token.utf8), Array(token.utf8)), (Array(Self.nonce.utf8), Array(SecureToken.make().prefix(22).utf8))],
                         in: body)
    }

    /// Each needle replaced wherever it occurs, in one pass over the bytes (the page is ASCII
    /// around the stand-ins, and bytes are compared, not characters: a few microseconds a page).
    static func replacing(_ pairs: [(needle: [UInt8], with: [UInt8])], in body: ByteBuffer) -> ByteBuffer {
        let bytes = Array(body.readableBytesView)
        var out = ByteBuffer()
        out.reserveCapacity(bytes.count + 64)
        var start = 0, index = 0
        while index < bytes.count {
            if let pair = pairs.first(where: { $0.needle.first == bytes[index] && bytes[index...].starts(with: $0.needle) }) {
                out.writeBytes(bytes[start..<index])
                out.writeBytes(pair.with)
                index += pair.needle.count
                start = index
            } else {
                index += 1
            }
        }
        out.writeBytes(bytes[start..<bytes.count])
        return out
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
