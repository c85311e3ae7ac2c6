import Vapor

/// One structured log line per request, carrying the request id that error pages show,
/// so a user's report can be matched to the log. A trusted proxy may pass its own id.
struct RequestLogMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let incoming = request.headers.first(name: "X-Request-Id")
        let id = incoming.flatMap { $0.count <= 64 && $0.allSatisfy { $0.isLetter || $0.isNumber || $0 == "-" } ? $0 : nil } ?? request.id
        request.logger[metadataKey: "request-id"] = .string(id)
        let started = DispatchTime.now().uptimeNanoseconds
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Request-Id", value: id)
        let millis = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        request.logger.info("request", metadata: [
            "method": .string(request.method.rawValue), "path": .string(request.url.path),
            "status": .stringConvertible(response.status.code), "ms": .string(String(format: "%.1f", millis)),
        ])
        return response
    }
}

extension Request {
    var requestID: String {
        if case .string(let id)? = logger[metadataKey: "request-id"] { return id }
        return id
    }
}
