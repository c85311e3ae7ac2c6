import Vapor

/// The one CSS file, read once at start-up and served with a content hash in its URL,
/// so browsers may keep it for a year and still see every change.
struct Stylesheet: Sendable {
    let body: String
    let version: String

    static func load() throws -> Stylesheet {
        guard let url = Bundle.module.url(forResource: "styles", withExtension: "css", subdirectory: "Resources/Public") else {
            throw Abort(.internalServerError, reason: "styles.css is missing from the app's resources")
        }
        let body = try String(contentsOf: url, encoding: .utf8)
        let digest = SHA256.hash(data: Data(body.utf8)).prefix(6).map { String(format: "%02x", $0) }.joined()
        return Stylesheet(body: body, version: digest)
    }

    func response(for request: Request) -> Response {
        let etag = "\"\(version)\""
        if request.headers.first(name: .ifNoneMatch) == etag {
            return Response(status: .notModified, headers: ["ETag": etag])
        }
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "text", subType: "css", parameters: ["charset": "utf-8"])
        headers.replaceOrAdd(name: .eTag, value: etag)
        headers.replaceOrAdd(name: .cacheControl, value: "public, max-age=31536000, immutable")
        return Response(status: .ok, headers: headers, body: .init(string: body))
    }
}
