import Domain

/// What every page needs to know about the request it answers: language, who is looking,
/// the CSRF token for its forms, and facts about the site. Plain data, built by the app.
public struct PageContext: Sendable {
    public struct Viewer: Sendable, Hashable {
        public var displayName: String
        public var isAdmin: Bool
        public var canUseStaffArea: Bool
        public var canHandleInquiries: Bool

        public init(displayName: String, isAdmin: Bool, canUseStaffArea: Bool, canHandleInquiries: Bool = false) {
            self.displayName = displayName
            self.isAdmin = isAdmin
            self.canUseStaffArea = canUseStaffArea
            self.canHandleInquiries = canHandleInquiries
        }
    }

    public struct Site: Sendable, Hashable {
        public var serviceName: String
        public var municipalityName: String
        public var isDemo: Bool
        public var stylesheetVersion: String

        public init(serviceName: String = "Samverka", municipalityName: String, isDemo: Bool, stylesheetVersion: String) {
            self.serviceName = serviceName
            self.municipalityName = municipalityName
            self.isDemo = isDemo
            self.stylesheetVersion = stylesheetVersion
        }
    }

    public var language: Language
    /// Path and query of this page, used by the language switch and the sign-in return.
    public var currentPath: String
    public var viewer: Viewer?
    public var csrfToken: String?
    /// A fresh value for each rendered page; its forms carry it so a repeat post is recognised.
    public var formNonce: String?
    public var site: Site
    /// A catalog key of a short confirmation shown at the top of the page ("You are signed out").
    public var noticeKey: String?
    /// Why the form just sent was refused as a whole (someone else acted first), shown at the top.
    public var problems: [FieldError]

    public init(language: Language, currentPath: String, viewer: Viewer?, csrfToken: String?, formNonce: String? = nil,
                site: Site, noticeKey: String? = nil, problems: [FieldError] = []) {
        self.language = language
        self.currentPath = currentPath
        self.viewer = viewer
        self.csrfToken = csrfToken
        self.formNonce = formNonce
        self.site = site
        self.noticeKey = noticeKey
        self.problems = problems
    }

    /// How this page says things: texts, dates and numbers in its language.
    public var words: Wording { Wording(language) }

    public func t(_ key: String, _ values: [String: String] = [:]) -> String {
        words.t(key, values)
    }
}

extension PageContext {
    /// A context for rendering tests and previews.
    public static func mock(language: Language = .sv, viewer: Viewer? = nil, path: String = "/") -> PageContext {
        PageContext(
            language: language, currentPath: path, viewer: viewer, csrfToken: "test-csrf-token", formNonce: "test-nonce",
            site: Site(municipalityName: "Örebro kommun", isDemo: true, stylesheetVersion: "test")
        )
    }
}
