import Vapor

/// Refuses a body over the limit before any work is done for it, whether it arrived whole,
/// announced its length, or streams in chunks — and a page's form or query with a NUL
/// character, which no person types and PostgreSQL cannot store (multipart files may hold any
/// bytes). The JSON API checks each parameter against its schema instead.
struct BodyLimitMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        if !request.url.path.hasPrefix("/api/"), request.url.query?.range(of: "%00") != nil {
            throw Abort(.badRequest, reason: "NUL in the query")
        }
        let limit = request.application.routes.defaultMaxBodySize.value
        if let length = request.headers.first(name: .contentLength).flatMap(Int.init), length > limit {
            throw Abort(.payloadTooLarge)
        }
        if let body = request.body.data {
            if body.readableBytes > limit { throw Abort(.payloadTooLarge) }
        } else if request.method != .GET && request.method != .HEAD {
            _ = try await request.body.collect(max: limit).get()
        }
        if request.headers.contentType == .urlEncodedForm, let body = request.body.data,
           body.readableBytesView.contains(0) || body.readableBytesView.firstRange(of: Array("%00".utf8)) != nil {
            throw Abort(.badRequest, reason: "NUL in the form")
        }
        return try await next.respond(to: request)
    }
}
