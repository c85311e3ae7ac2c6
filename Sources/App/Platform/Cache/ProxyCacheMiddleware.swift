import Vapor

/// Tells nginx in front (deploy/nginx) how long it may keep a response: until the end of the
/// current second, with `X-Accel-Expires: @<Unix second>`. nginx counts freshness in whole
/// seconds, so its own `proxy_cache_valid 200 1s` kept a page until the end of the *next* second,
/// and a change showed through the front after up to 1.7 s (issue 19 asks for 1 s). nginx reads
/// the header from 200s and from the 304s that revalidate them, and never passes it on; a browser
/// never sees it.
///
/// Only on what nginx may keep anyway: a GET without a session, answered 200 or 304, that starts
/// no session and is not private. (nginx also refuses to keep anything for a request with a
/// session cookie, or a response marked private or no-store: deploy/nginx/samverka-http.conf.)
struct ProxyCacheMiddleware: AsyncMiddleware {
    static let header = "X-Accel-Expires"

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        guard request.method == .GET, request.sessionRecord == nil, request.currentUser == nil,
              [.ok, .notModified].contains(response.status),
              response.headers.first(name: .setCookie) == nil,
              !(response.headers.first(name: .cacheControl).map { $0.contains("private") || $0.contains("no-store") } ?? false)
        else { return response }
        response.headers.replaceOrAdd(name: Self.header, value: Self.value(request.now))
        return response
    }

    /// Fresh until the second `now` is in has passed.
    static func value(_ now: Date) -> String {
        "@\(Int(now.timeIntervalSince1970.rounded(.down)))"
    }
}
