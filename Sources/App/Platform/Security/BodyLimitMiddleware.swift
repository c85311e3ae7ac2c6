import Vapor

/// Refuses a body over the limit before any work is done for it, whether it arrived whole,
/// announced its length, or streams in chunks.
struct BodyLimitMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let limit = request.application.routes.defaultMaxBodySize.value
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > limit {
            throw Abort(.payloadTooLarge)
        }
        if let body = request.body.data {
            if body.readableBytes > limit { throw Abort(.payloadTooLarge) }
        } else if request.method != .GET && request.method != .HEAD {
            _ = try await request.body.collect(max: limit).get()
        }
        return try await next.respond(to: request)
    }
}
