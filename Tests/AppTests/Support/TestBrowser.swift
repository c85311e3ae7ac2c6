@testable import App
@testable import Demo
import Vapor
import VaporTesting
import Testing
import Fluent
import Domain

/// A small browser for in-process tests: keeps cookies, finds the CSRF token on the page
/// it loaded, and posts forms the way a real one does.
final class TestBrowser: @unchecked Sendable {
    let app: Application
    private(set) var cookies: [String: String] = [:]
    private(set) var lastBody = ""
    /// The visitor's address, sent as a reverse proxy would (X-Forwarded-For); it counts when
    /// the app trusts `TestApp.inProcessPeer`.
    var address: String?

    init(app: Application, address: String? = nil) {
        self.app = app
        self.address = address
    }

    @discardableResult
    func get(_ path: String, headers: HTTPHeaders = [:]) async throws -> TestingHTTPResponse {
        try await send(.GET, path, headers: headers, body: nil)
    }

    /// Posts a form; the CSRF token is taken from the last page loaded unless one is given.
    @discardableResult
    func post(_ path: String, _ fields: [String: String], csrf: String? = nil, includeToken: Bool = true) async throws -> TestingHTTPResponse {
        try await post(path, pairs: fields.map { ($0.key, $0.value) }, csrf: csrf, includeToken: includeToken)
    }

    /// Posts fields in order, a name as often as it comes (`attended[]` for several boxes).
    @discardableResult
    func post(_ path: String, pairs fields: [(String, String)], csrf: String? = nil, includeToken: Bool = true) async throws -> TestingHTTPResponse {
        var form = fields
        if includeToken, !form.contains(where: { $0.0 == "_csrf" }) { form.append(("_csrf", csrf ?? csrfToken ?? "")) }
        if !form.contains(where: { $0.0 == "_submission" }), let nonce = submissionNonce { form.append(("_submission", nonce)) }
        let body = form.map { "\(Self.encode($0.0))=\(Self.encode($0.1))" }.joined(separator: "&")
        var headers = HTTPHeaders()
        headers.contentType = .urlEncodedForm
        return try await send(.POST, path, headers: headers, body: ByteBuffer(string: body))
    }

    /// Loads the page with the form, then posts it: the common case.
    @discardableResult
    func submit(_ formPage: String, to action: String? = nil, _ fields: [String: String]) async throws -> TestingHTTPResponse {
        try await get(formPage)
        return try await post(action ?? formPage, fields)
    }

    func send(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders, body: ByteBuffer?) async throws -> TestingHTTPResponse {
        var headers = headers
        if let address { headers.replaceOrAdd(name: .xForwardedFor, value: address) }
        if !cookies.isEmpty {
            headers.replaceOrAdd(name: .cookie, value: cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; "))
        }
        let response = try await app.testing().sendRequest(method, path, headers: headers, body: body)
        for value in response.headers[.setCookie] {
            let pair = value.split(separator: ";")[0].split(separator: "=", maxSplits: 1)
            let name = String(pair[0]).trimmingCharacters(in: .whitespaces)
            let cookieValue = pair.count > 1 ? String(pair[1]) : ""
            if cookieValue.isEmpty || value.contains("Max-Age=0") { cookies[name] = nil } else { cookies[name] = cookieValue }
        }
        lastBody = response.body.string
        if method == .GET, path.hasPrefix("/api/v1/"), response.headers.contentType == .json || response.headers.contentType?.subType == "json" {
            // Every API answer the suite receives is held to the OpenAPI document.
            for problem in OpenAPIValidator.shared.problems(path: path, status: response.status.code, body: Data(buffer: response.body)) {
                Issue.record("API answer does not fit the document: \(problem)")
            }
        }
        return response
    }

    var csrfToken: String? { Self.field("_csrf", in: lastBody) }

    /// The nonce of the forms on the last page loaded.
    var submissionNonce: String? { Self.field("_submission", in: lastBody) }

    /// Another browser tab: the same cookies, its own page.
    func tab() -> TestBrowser {
        let other = TestBrowser(app: app)
        other.cookies = cookies
        other.lastBody = lastBody
        return other
    }

    func signIn(_ email: String, password: String = DemoAccounts.password) async throws {
        let response = try await completeSignIn(email, try await submit("/konto/logga-in", ["email": email, "password": password]))
        #expect(response.status == .seeOther || response.status == .ok, "sign-in as \(email) failed: \(response.body.string.prefix(300))")
    }

    /// A fixture for tests about what a signed-in person may do, not about signing in: the session
    /// row a completed sign-in leaves (`SessionStore.create`), written straight to the database, its
    /// cookie set and its CSRF token returned. One insert instead of the five requests (and the
    /// password and code checks) of `signIn`; `SignInTests` and the second-factor tests cover those.
    @discardableResult
    func enterSession(as email: String) async throws -> String {
        let user = try #require(try await User.query(on: app.db).filter(\.$email == email).first(), "no user \(email)")
        let token = SecureToken.make()
        let record = SessionRecord(tokenHash: SecureToken.hash(token), userID: try user.requireID(), csrfToken: SecureToken.make(),
                                   now: app.wallClock.now, lifetime: SessionStore.absoluteLifetime)
        try await record.create(on: app.db)
        cookies[SessionStore.cookieName] = token
        return record.csrfToken
    }

    /// Takes a sign-in through its second step as the person with the app would: the code for
    /// their stored key, or (an admin without one) setting up a new app. Other answers pass through.
    @discardableResult
    func completeSignIn(_ email: String, _ response: TestingHTTPResponse) async throws -> TestingHTTPResponse {
        switch response.location {
        case "/konto/logga-in/kod":
            try await get("/konto/logga-in/kod")
            return try await post("/konto/logga-in/kod", ["code": try await app.nextCode(for: email)])
        case "/konto/logga-in/tvastegs":
            try await get("/konto/logga-in/tvastegs")
            let sealed = try #require(Self.field("setup", in: lastBody))
            let secret = try app.secretBox.open(sealed)
            return try await post("/konto/logga-in/tvastegs", ["setup": sealed, "code": OneTimeCodes.totp(secret).code(step: Domain.TOTP.step(at: app.wallClock.now))])
        default:
            return response
        }
    }

    /// The value of a hidden or text input with the given name.
    static func field(_ name: String, in html: String) -> String? {
        guard let range = html.range(of: "name=\"\(name)\" value=\"") else { return nil }
        let rest = html[range.upperBound...]
        return rest.firstIndex(of: "\"").map { String(rest[..<$0]) }
    }

    static func encode(_ text: String) -> String {
        var allowed = CharacterSet.alphanumerics
        allowed.insert(charactersIn: "-._*")
        return text.addingPercentEncoding(withAllowedCharacters: allowed) ?? text
    }
}

extension TestingHTTPResponse {
    var location: String? { headers.first(name: .location) }
}

extension Application {
    /// A code the person's app would show that the server has not yet taken: the clock stands
    /// still in tests, so after the steps around now are used it moves on half a minute.
    func nextCode(for email: String) async throws -> String {
        let user = try #require(try await User.query(on: db).filter(\.$email == email).first())
        let credential = try #require(try await TOTPCredential.query(on: db).filter(\.$user.$id == user.id!).first())
        let totp = OneTimeCodes.totp(try secretBox.open(credential.secretSealed))
        var now = Domain.TOTP.step(at: wallClock.now)
        if let last = credential.lastStep, last >= now + Domain.TOTP.drift {
            (wallClock as? FixedClock)?.advance(by: TimeInterval(last - now) * Domain.TOTP.period)
            now = Domain.TOTP.step(at: wallClock.now)
        }
        return totp.code(step: max(now - Domain.TOTP.drift, (credential.lastStep ?? .min) + 1))
    }
}
