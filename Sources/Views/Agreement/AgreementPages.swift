import Plot
import Domain
import Foundation

/// The agreement's start: what it is, its principles and the pages about it.
public struct AgreementIndexPage: Sendable {
    public struct Link: Sendable, Hashable {
        public var slug: String
        public var title: String
        /// Whether an easy-to-read version is written, so the link to it leads somewhere.
        public var hasEasyRead: Bool

        public init(slug: String, title: String, hasEasyRead: Bool) {
            self.slug = slug
            self.title = title
            self.hasEasyRead = hasEasyRead
        }
    }

    /// The published texts only: a draft is not the municipality's text yet.
    public var pages: [Link]
    public var principles: [(name: String, summary: String)]
    public var joinedAssociations: Int
    public var joinedDepartments: Int
    /// Texts not yet published, mentioned to an admin so the missing pages are no surprise.
    public var draftCount: Int

    public init(pages: [Link], principles: [(name: String, summary: String)], joinedAssociations: Int, joinedDepartments: Int,
                draftCount: Int) {
        self.pages = pages
        self.principles = principles
        self.joinedAssociations = joinedAssociations
        self.joinedDepartments = joinedDepartments
        self.draftCount = draftCount
    }

    public static let mock = AgreementIndexPage(
        pages: [Link(slug: "syfte", title: "Varför finns överenskommelsen?", hasEasyRead: true),
                Link(slug: "fragor", title: "Vanliga frågor", hasEasyRead: false)],
        principles: [("Dialog", "Vi talar med varandra.")], joinedAssociations: 31, joinedDepartments: 8, draftCount: 2)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("agreement.title"),
            .h1(.safe(context.t("agreement.title"))),
            .p(.class("lead"), .safe(context.t("agreement.lead", ["municipality": context.site.municipalityName]))),
            .p(.a(.class("button"), .href(SiteURL.agreement(.ledger).path),
                  .safe(context.t("agreement.ledgerLink", ["associations": String(joinedAssociations), "departments": String(joinedDepartments)])))),
            .p(.a(.href(SiteURL.followUp(.latest).path), .safe(context.t("agreement.followUpLink")))),
            .h2(.safe(context.t("agreement.pagesHeading"))),
            .if(pages.isEmpty, .p(.safe(context.t("agreement.noTextsYet", ["municipality": context.site.municipalityName])))),
            .ul(.class("link-list"), .forEach(pages) { page in
                .li(.a(.href(SiteURL.agreement(.text(.value(page.slug))).path), .safe(page.title)),
                    .if(page.hasEasyRead, .group(.safe(" · "), .a(.href(SiteURL.agreement(.easyRead(.value(page.slug))).path),
                                                                  .safe(context.t("agreement.easyReadLink"))))))
            }),
            .if(draftCount > 0 && context.viewer?.isAdmin == true, .p(.class("notice notice--warning"),
                .safe(context.t("agreement.draftsHidden", ["count": context.words.number(draftCount)]) + " "),
                .a(.href(SiteURL.admin(.agreementTexts).path), .safe(context.t("admin.agreement.title"))))),
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
    /// Not published: only an editor sees it, and is told it is a draft.
    public var isDraft: Bool

    public init(slug: String, title: String, body: String, isEasyRead: Bool, hasEasyRead: Bool, isFallback: Bool, isDraft: Bool) {
        self.slug = slug
        self.title = title
        self.body = body
        self.isEasyRead = isEasyRead
        self.hasEasyRead = hasEasyRead
        self.isFallback = isFallback
        self.isDraft = isDraft
    }

    public static let mock = AgreementTextPage(slug: "syfte", title: "Varför finns överenskommelsen?",
                                               body: "## Syfte\nText.\n\n- en punkt", isEasyRead: false, hasEasyRead: true, isFallback: false,
                                               isDraft: false)

    public func render(_ context: PageContext) -> String {
        let slug = Parameter.value(slug)
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.agreement(.index).path), .safe("← " + context.t("agreement.title")))),
            .h1(.safe(title)),
            .if(isDraft, .div(.class("notice notice--warning"), .p(
                .strong(.safe(context.t("agreement.draftBadge"))), .safe(" " + context.t("agreement.draftNotice") + " "),
                .a(.href(SiteURL.admin(.agreementText(slug)).path), .safe(context.t("agreement.draftEdit")))))),
            .if(isFallback, .p(.class("notice"), .attribute(named: "lang", value: "en"), .safe(context.t("agreement.onlySwedish")))),
            .if(isEasyRead, .p(.class("badge"), .safe(context.t("agreement.easyReadBadge")))),
            .if(hasEasyRead && !isEasyRead, .p(.a(.href(SiteURL.agreement(.easyRead(slug)).path), .safe(context.t("agreement.easyReadLink"))))),
            .if(isEasyRead, .p(.a(.href(SiteURL.agreement(.text(slug)).path), .safe(context.t("agreement.fullLink"))))),
            .div(.class("prose"), .if(isFallback, .attribute(named: "lang", value: "sv")), RichText.render(body))
        )
    }
}
