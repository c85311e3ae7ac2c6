import Vapor
import Crypto
import Domain

/// Rendered pages for visitors who are not signed in, keyed by day, language, path and query,
/// each kept until a scope it read changes. Bounded in entries and bytes. A missing page is
/// rendered once while other requests for it wait: rendering takes milliseconds, and waiting
/// keeps "a change shows on the next request" true.
typealias PageCache = KeptValues<String, PageCacheEntry>

struct PageCacheEntry: Sendable {
    var body: ByteBuffer
    var contentType: String
    var etag: String
    /// Holds `SharedForms`' stand-ins: filled in per visitor, never answered with 304.
    var sharedForms = false

    /// From the bytes alone, so a page rendered again to the same bytes revalidates with 304.
    static func etag(body: ByteBuffer) -> String {
        "\"" + SHA256.hash(data: body.readableBytesView).prefix(12).map { String(format: "%02x", $0) }.joined() + "\""
    }
}

extension KeptValues where Key == String, Value == PageCacheEntry {
    static func pages() -> PageCache {
        PageCache(name: "pages", maxEntries: 5_000, maxCost: 48 * 1024 * 1024)
    }
}

/// Serves anonymous HTML pages and feeds from `PageCache` and answers `If-None-Match` with 304. A page
/// is kept only if it was made for nobody in particular: no session came in, none was started,
/// and the status is 200. Of the JSON API only the routes marked `isKeptAPI` are kept (events,
/// volunteering, staff-day counts); the rest is made per request.
struct PageCacheMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let keptAPI = request.route?.isKeptAPI ?? false
        guard request.method == .GET, request.sessionRecord == nil, request.currentUser == nil,
              keptAPI || !request.url.path.hasPrefix("/api/"), !request.url.path.hasPrefix("/open-data/")
        else { return try await next.respond(to: request) }
        let app = request.application, now = request.now, day = CalendarDay(now)
        // The day is part of the key: pages that depend on the date (open consultations, days
        // left, late inquiries) change at midnight in Stockholm even when nothing is written.
        let key = "\(day) \(request.language.rawValue) \(request.url.path)?\(request.url.query ?? "")"
        let versions = try await app.contentVersions.current(on: request.db)
        switch app.pageCache.lookup(key, versions: versions, day: day, now: now) {
        case .fresh(let kept), .stale(let kept):
            return try await Self.response(kept.value, for: request)
        case .wait(let flight):
            if let kept = try await flight.wait() { return try await Self.response(kept.value, for: request) }
            return try await next.respond(to: request)
        case .lead(let flight, _):
            var made: PageCache.Kept?
            defer { app.pageCache.finish(key, flight, .success(made)) }
            let trail = CacheTrail(scopes: request.route?.cacheScopes ?? [.everything], basis: versions.watermark)
            request.cacheTrail = trail
            let response = try await next.respond(to: request)
            guard response.status == .ok, request.sessionCookieChange == nil, request.sessionRecord == nil,
                  !(response.headers.first(name: .cacheControl)?.contains("no-store") ?? false),
                  let type = response.headers.first(name: .contentType), Self.keeps(type) || (keptAPI && type.hasPrefix("application/json")),
                  let body = response.body.buffer
            else { return try await Self.filled(response, for: request) }
            let entry = PageCacheEntry(body: body, contentType: type, etag: PageCacheEntry.etag(body: body), sharedForms: request.hasSharedForms)
            made = PageCache.Kept(value: entry, basis: trail.basis, scopes: trail.scopes, day: day, cost: body.readableBytes,
                                  until: trail.until, firmUntil: trail.firmUntil)
            if entry.sharedForms { return try await Self.response(entry, for: request) }
            response.headers.replaceOrAdd(name: .eTag, value: entry.etag)
            return response
        }
    }

    /// HTML pages, Atom feeds and calendar files (a feed reader or a subscribed calendar asks every
    /// few minutes, and reads what its list page reads); the JSON API is made per request.
    static func keeps(_ contentType: String) -> Bool {
        contentType.hasPrefix("text/html") || contentType.hasPrefix("application/atom+xml") || contentType.hasPrefix("text/calendar")
    }

    static func response(_ entry: PageCacheEntry, for request: Request) async throws -> Response {
        var headers = HTTPHeaders()
        if entry.sharedForms {
            headers.replaceOrAdd(name: .contentType, value: entry.contentType)
            headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
            return Response(status: .ok, headers: headers, body: .init(buffer: try await SharedForms.fill(entry.body, for: request)))
        }
        headers.replaceOrAdd(name: .eTag, value: entry.etag)
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        if request.headers.first(name: .ifNoneMatch) == entry.etag {
            return Response(status: .notModified, headers: headers)
        }
        headers.replaceOrAdd(name: .contentType, value: entry.contentType)
        return Response(status: .ok, headers: headers, body: .init(buffer: entry.body))
    }

    /// A page rendered with `SharedForms`' stand-ins but not kept (not a 200, say): filled in all the same.
    static func filled(_ response: Response, for request: Request) async throws -> Response {
        guard request.hasSharedForms, let body = response.body.buffer else { return response }
        response.body = .init(buffer: try await SharedForms.fill(body, for: request))
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }
}
