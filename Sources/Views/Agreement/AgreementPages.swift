import Plot
import Domain
import Foundation

/// The agreement's start: what it is, its principles and the pages about it.
public struct AgreementIndexPage: Sendable {
    public struct Link: Sendable, Hashable {
        public var slug: String
        public var title: String

        public init(slug: String, title: String) {
            self.slug = slug
            self.title = title
        }
    }

    public var pages: [Link]
    public var principles: [(name: String, summary: String)]
    public var joinedAssociations: Int
    public var joinedDepartments: Int

    public init(pages: [Link], principles: [(name: String, summary: String)], joinedAssociations: Int, joinedDepartments: Int) {
        self.pages = pages
        self.principles = principles
        self.joinedAssociations = joinedAssociations
        self.joinedDepartments = joinedDepartments
    }

    public static let mock = AgreementIndexPage(pages: [Link(slug: "syfte", title: "Varför finns överenskommelsen?")],
                                                principles: [("Dialog", "Vi talar med varandra.")], joinedAssociations: 31, joinedDepartments: 8)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("agreement.title"),
            .h1(.safe(context.t("agreement.title"))),
            .p(.class("lead"), .safe(context.t("agreement.lead", ["municipality": context.site.municipalityName]))),
            .p(.a(.class("button"), .href(SiteURL.agreement(.ledger).path),
                  .safe(context.t("agreement.ledgerLink", ["associations": String(joinedAssociations), "departments": String(joinedDepartments)])))),
            .h2(.safe(context.t("agreement.pagesHeading"))),
            .ul(.class("link-list"), .forEach(pages) { page in
                .li(.a(.href(SiteURL.agreement(.text(.value(page.slug))).path), .safe(page.title)), .safe(" · "),
                    .a(.href(SiteURL.agreement(.easyRead(.value(page.slug))).path), .safe(context.t("agreement.easyReadLink"))))
            }),
            .h2(.safe(context.t("agreement.principlesHeading"))),
            .dl(.class("principles"), .forEach(principles) { .group(.dt(.safe($0.name)), .dd(.safe($0.summary))) })
        )
    }
}

/// One agreement page, in its full or easy-to-read version.
public struct AgreementTextPage: Sendable {
    public var slug: String
    public var title: String
    public var body: String
    public var isEasyRead: Bool
    public var hasEasyRead: Bool
    /// The page is shown in Swedish because no English text has been written.
    public var isFallback: Bool

    public init(slug: String, title: String, body: String, isEasyRead: Bool, hasEasyRead: Bool, isFallback: Bool) {
        self.slug = slug
        self.title = title
        self.body = body
        self.isEasyRead = isEasyRead
        self.hasEasyRead = hasEasyRead
        self.isFallback = isFallback
    }

    public static let mock = AgreementTextPage(slug: "syfte", title: "Varför finns överenskommelsen?",
                                               body: "## Syfte\nText.\n\n- en punkt", isEasyRead: false, hasEasyRead: true, isFallback: false)

    public func render(_ context: PageContext) -> String {
        let slug = Parameter.value(slug)
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.agreement(.index).path), .safe("← " + context.t("agreement.title")))),
            .h1(.safe(title)),
            .if(isFallback, .p(.class("notice"), .attribute(named: "lang", value: "en"), .safe(context.t("agreement.onlySwedish")))),
            .if(isEasyRead, .p(.class("badge"), .safe(context.t("agreement.easyReadBadge")))),
            .if(hasEasyRead && !isEasyRead, .p(.a(.href(SiteURL.agreement(.easyRead(slug)).path), .safe(context.t("agreement.easyReadLink"))))),
            .if(isEasyRead, .p(.a(.href(SiteURL.agreement(.text(slug)).path), .safe(context.t("agreement.fullLink"))))),
            .div(.class("prose"), .if(isFallback, .attribute(named: "lang", value: "sv")), RichText.render(body))
        )
    }
}
