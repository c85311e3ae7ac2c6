import Vapor

/// One structured log line per request, carrying the request id that error pages show,
/// so a user's report can be matched to the log. Only a trusted proxy may pass its own id:
/// from anyone else it would let a visitor write what they like into the log and the audit.
struct RequestLogMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let incoming = request.isFromTrustedProxy ? request.headers.first(name: "X-Request-Id") : nil
        // Not `request.id`: Vapor fills that from the client's X-Request-Id.
        let id = incoming.flatMap { $0.count <= 64 && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "-") } ? $0 : nil }
            ?? UUID().uuidString
        request.logger[metadataKey: "request-id"] = .string(id)
        let started = DispatchTime.now().uptimeNanoseconds
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Request-Id", value: id)
        let millis = Double(DispatchTime.now().uptimeNanoseconds - started) / 1_000_000
        // A slow one is a warning, so a server run at `--log warning` still names what stalled.
        request.logger.log(level: millis >= Self.slow ? .warning : .info, "request", metadata: [
            "method": .string(request.method.rawValue), "route": .string(Self.route(of: request)),
            "status": .stringConvertible(response.status.code), "ms": .string(String(format: "%.1f", millis)),
        ])
        return response
    }

    /// Milliseconds after which a request is logged as a warning.
    static let slow = 1_000.0

    /// The route as registered (`/kontakt/arende/:token`), never the path as asked: a private
    /// link's token or an unsubscribe token would otherwise sit in the log.
    static func route(of request: Request) -> String {
        guard let route = request.route else { return "(no route)" }
        return "/" + route.path.map(\.description).joined(separator: "/")
    }
}

extension Request {
    var requestID: String {
        if case .string(let id)? = logger[metadataKey: "request-id"] { return id }
        return UUID().uuidString
    }
}
