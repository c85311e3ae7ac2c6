import Vapor
import Views
import Domain

extension Request {
    static let languageCookie = "samverka_lang"

    var language: Language { Language(cookie: cookies[Self.languageCookie]?.string) }

    /// The context every page is rendered with. Pages with forms pass `forms: true` so an
    /// anonymous visitor gets a session (and a CSRF token) only when there is a form to post.
    /// `shared`: the page is the same for every anonymous visitor but for the form's token, so it
    /// may be kept in the page cache with `SharedForms`' stand-ins.
    func page(forms: Bool = false, shared: Bool = false) async throws -> PageContext {
        if forms, shared, cacheTrail != nil, currentUser == nil, sessionRecord == nil {
            hasSharedForms = true
            return pageContext(csrfToken: SharedForms.token, nonce: SharedForms.nonce)
        }
        let token = forms || currentUser != nil ? try await csrfToken() : nil
        return pageContext(csrfToken: token)
    }

    func pageContext(csrfToken: String?, nonce: String? = nil) -> PageContext {
        let user = currentUser
        let viewer = user.map { user in
            PageContext.Viewer(displayName: user.displayName, isAdmin: user.role == .admin,
                               canUseStaffArea: Policy.allows(user.actor, .useStaffArea),
                               canHandleInquiries: Policy.allows(user.actor, .handleInquiries))
        }
        var path = url.path
        if let query = url.query, !query.isEmpty { path += "?" + query }
        let notice = (try? query.get(String.self, at: "notice")).map { "notice.\($0)" }
        return PageContext(
            language: language, currentPath: path, viewer: viewer, csrfToken: csrfToken,
            formNonce: csrfToken == nil ? nil : nonce ?? String(SecureToken.make().prefix(22)),
            site: application.siteFacts,
            noticeKey: notice.flatMap { Catalog.of(language).has($0) ? $0 : nil },
            problems: formProblems
        )
    }

    /// A rendered page as a response.
    func html(_ body: String, status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        // A page for nobody in particular may be shared (revalidated); one with a visitor's own
        // form token may not.
        let personal = currentUser != nil || sessionRecord != nil || showsFormToken
        headers.replaceOrAdd(name: .cacheControl, value: personal ? "private, no-store" : "no-cache")
        return Response(status: status, headers: headers, body: .init(string: body))
    }

    /// 303 See Other: after a form post, the browser loads the next page with GET.
    func seeOther(_ path: String) -> Response {
        redirect(to: path, redirectType: .normal)
    }

    /// The visitor's address: the connection's, or — when it comes from a trusted reverse proxy —
    /// the nearest address in X-Forwarded-For that is not itself a trusted proxy.
    var clientAddress: String {
        let direct = directAddress
        let trusted = application.settings.trustedProxies
        guard trusted.contains(direct), let forwarded = headers.first(name: .xForwardedFor) else { return direct }
        let chain = forwarded.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
        return chain.last { !trusted.contains($0) } ?? direct
    }

    /// The address of the connection itself ("unknown" when there is none, as in-process tests).
    var directAddress: String { remoteAddress?.ipAddress ?? "unknown" }

    /// The connection comes from a reverse proxy named in SAMVERKA_TRUSTED_PROXIES.
    var isFromTrustedProxy: Bool { application.settings.trustedProxies.contains(directAddress) }

    /// A local path to return to after signing in; anything else is ignored (no open redirect).
    func safeReturnPath(_ raw: String?) -> String? {
        raw.flatMap(ReturnPath.safe)
    }
}

extension Application {
    var siteFacts: PageContext.Site {
        PageContext.Site(municipalityName: municipality.name, isDemo: settings.isDemo, stylesheetVersion: stylesheet.version)
    }
}
