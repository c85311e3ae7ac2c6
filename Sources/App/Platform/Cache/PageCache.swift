import Vapor
import Crypto
import NIOConcurrencyHelpers
import Domain

/// Rendered pages for visitors who are not signed in, keyed by day, path, query and language, kept
/// under the content version they were made from. Bounded in entries and bytes; the oldest
/// entries leave first.
final class PageCache: Sendable {
    struct Entry: Sendable {
        var version: Int
        var body: ByteBuffer
        var contentType: String
        var etag: String
    }

    private struct State {
        var entries: [String: Entry] = [:]
        var order: [String] = []
        var bytes = 0
    }

    let maxEntries: Int
    let maxBytes: Int
    private let state = NIOLockedValueBox(State())

    init(maxEntries: Int = 5_000, maxBytes: Int = 48 * 1024 * 1024) {
        self.maxEntries = maxEntries
        self.maxBytes = maxBytes
    }

    func entry(_ key: String, version: Int) -> Entry? {
        state.withLockedValue { state in
            guard let entry = state.entries[key], entry.version == version else { return nil }
            return entry
        }
    }

    func store(_ key: String, _ entry: Entry) {
        state.withLockedValue { state in
            if let old = state.entries[key] {
                state.bytes -= old.body.readableBytes
            } else {
                state.order.append(key)
            }
            state.entries[key] = entry
            state.bytes += entry.body.readableBytes
            while state.entries.count > maxEntries || state.bytes > maxBytes, !state.order.isEmpty {
                let oldest = state.order.removeFirst()
                if let removed = state.entries.removeValue(forKey: oldest) { state.bytes -= removed.body.readableBytes }
            }
            if state.order.count > state.entries.count * 2 { state.order = state.order.filter { state.entries[$0] != nil } }
        }
    }

    var count: Int { state.withLockedValue { $0.entries.count } }

    static func etag(version: Int, body: ByteBuffer) -> String {
        let digest = SHA256.hash(data: body.readableBytesView).prefix(8).map { String(format: "%02x", $0) }.joined()
        return "\"v\(version)-\(digest)\""
    }
}

/// Serves anonymous HTML pages from `PageCache` and answers `If-None-Match` with 304. A page
/// is kept only if it was made for nobody in particular: no session came in, none was started,
/// and the status is 200. The JSON API is left alone (it is measured uncached).
struct PageCacheMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        guard request.method == .GET, request.sessionRecord == nil, request.currentUser == nil,
              !request.url.path.hasPrefix("/api/"), !request.url.path.hasPrefix("/open-data/")
        else { return try await next.respond(to: request) }
        let app = request.application
        // The day is part of the key: pages that depend on the date (open consultations, days
        // left, late inquiries) change at midnight in Stockholm even when nothing is written.
        let key = "\(CalendarDay(request.now)) \(request.language.rawValue) \(request.url.path)?\(request.url.query ?? "")"
        let version = try await app.contentVersion.current(on: request.db)
        if let entry = app.pageCache.entry(key, version: version) {
            return Self.response(entry, for: request)
        }
        let response = try await next.respond(to: request)
        guard response.status == .ok, request.sessionCookieChange == nil, request.sessionRecord == nil,
              !(response.headers.first(name: .cacheControl)?.contains("no-store") ?? false),
              let type = response.headers.first(name: .contentType), type.hasPrefix("text/html"),
              let body = response.body.buffer
        else { return response }
        let entry = PageCache.Entry(version: version, body: body, contentType: type, etag: PageCache.etag(version: version, body: body))
        app.pageCache.store(key, entry)
        response.headers.replaceOrAdd(name: .eTag, value: entry.etag)
        return response
    }

    static func response(_ entry: PageCache.Entry, for request: Request) -> Response {
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .eTag, value: entry.etag)
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        if request.headers.first(name: .ifNoneMatch) == entry.etag {
            return Response(status: .notModified, headers: headers)
        }
        headers.replaceOrAdd(name: .contentType, value: entry.contentType)
        return Response(status: .ok, headers: headers, body: .init(buffer: entry.body))
    }
}
