import Plot

/// The one base page: skip link, header with navigation and language switch, main, footer.
public enum Layout {
    public static func render(
        _ context: PageContext,
        title: String,
        _ main: Node<HTML.BodyContext>...
    ) -> String {
        document(context, title: title, main: Node.group(main))
    }

    public static func document(_ context: PageContext, title: String, main: Node<HTML.BodyContext>) -> String {
        // The GOV.UK pattern: a page showing a form's errors says so first in its title, so it is
        // the first thing a screen reader reads.
        let content = main.render()
        let title = HTMLEscaping.contains(content, "id=\"error-summary\"") ? context.t("form.titleErrorPrefix", ["title": title]) : title
        let html = HTML(
            .attribute(named: "lang", value: context.language.rawValue),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                .element(named: "title", nodes: [Node<HTML.HeadContext>.safe("\(title) – \(context.site.serviceName) \(context.site.municipalityName)")]),
                .link(.rel(.stylesheet), .attr("href", SiteURL.stylesheet.path(query: [("v", context.site.stylesheetVersion)]))),
                .link(.rel(.alternate), .attribute(named: "hreflang", value: context.language.other.rawValue),
                      .attr("href", languageSwitchPath(context)))
            ),
            .body(
                .a(.class("skip-link"), .href("#main"), .safe(context.t("layout.skipToContent"))),
                header(context),
                .if(context.site.isDemo, .div(.class("demo-banner"), .p(.safe(context.t("layout.demoBanner"))))),
                .main(
                    .id("main"), .attribute(named: "tabindex", value: "-1"),
                    .unwrap(context.noticeKey) { key in
                        .div(.class("notice"), .attribute(named: "role", value: "status"), .p(.safe(context.t(key))))
                    },
                    .if(!context.problems.isEmpty, .div(
                        .class("error-summary"), .attribute(named: "role", value: "alert"),
                        .h2(.safe(context.t("form.refusedTitle"))),
                        .forEach(context.problems) { .p(.safe(context.t($0.messageKey, $0.values))) }
                    )),
                    .raw(content)
                ),
                footer(context)
            )
        )
        return html.render()
    }

    static func languageSwitchPath(_ context: PageContext) -> String {
        SiteURL.language(context.language.other).path(query: [("return", context.currentPath)])
    }

    static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        .header(
            .class("site-header"),
            .div(
                .class("site-header__inner"),
                .a(.class("site-name"), .href(SiteURL.home.path),
                   .span(.class("site-name__service"), .safe(context.site.serviceName)),
                   .span(.class("site-name__municipality"), .safe(context.site.municipalityName))),
                .a(.class("language-switch"), .attr("href", languageSwitchPath(context)),
                   .attribute(named: "lang", value: context.language.other.rawValue),
                   .attribute(named: "hreflang", value: context.language.other.rawValue),
                   .safe(context.t("layout.switchLanguage")))
            ),
            .nav(
                .attr("aria-label", context.t("layout.mainNavigation")),
                .ul(
                    .class("site-nav"),
                    navItem(context, .home, "nav.home"),
                    navItem(context, .agreement(.index), "nav.agreement"),
                    navItem(context, .associations(.directory), "nav.associations"),
                    navItem(context, .support(.catalogue), "nav.support"),
                    navItem(context, .consultations(.list), "nav.consultations"),
                    navItem(context, .events(.list), "nav.events"),
                    navItem(context, .volunteering(.list), "nav.volunteering"),
                    navItem(context, .projects(.list), "nav.projects"),
                    navItem(context, .calls(.list), "nav.calls"),
                    navItem(context, .initiatives(.list), "nav.initiatives"),
                    navItem(context, .contact, "nav.contact"),
                    .unwrap(context.viewer, { viewer in
                        .group(
                            .if(viewer.canHandleInquiries, navItem(context, .staff(.inbox), "nav.inquiries")),
                            .if(viewer.canUseStaffArea, navItem(context, .staff(.start), "nav.staff")),
                            .if(viewer.isAdmin, navItem(context, .admin(.dashboard), "nav.admin")),
                            navItem(context, .accounts(.overview), "nav.account"),
                            .li(logoutForm(context))
                        )
                    }, else: .group(
                        navItem(context, .accounts(.login), "nav.login"),
                        navItem(context, .accounts(.register), "nav.register")
                    ))
                )
            )
        )
    }

    static func navItem(_ context: PageContext, _ url: SiteURL, _ key: String) -> Node<HTML.ListContext> {
        let current = context.currentPath.split(separator: "?").first.map(String.init) == url.path
        return .li(.a(.href(url.path), .if(current, .attribute(named: "aria-current", value: "page")), .safe(context.t(key))))
    }

    static func logoutForm(_ context: PageContext) -> Node<HTML.BodyContext> {
        Form.post(context, action: SiteURL.accounts(.logout).path, class: "inline-form",
                  .button(.type(.submit), .class("link-button"), .safe(context.t("nav.logout"))))
    }

    static func footer(_ context: PageContext) -> Node<HTML.BodyContext> {
        .footer(
            .class("site-footer"),
            .nav(
                .attr("aria-label", context.t("layout.footerNavigation")),
                .ul(
                    .li(.a(.href(SiteURL.accessibility.path), .safe(context.t("footer.accessibility")))),
                    .li(.a(.href(SiteURL.privacy.path), .safe(context.t("footer.privacy")))),
                    .li(.a(.href(SiteURL.contact.path), .safe(context.t("footer.contact")))),
                    .li(.a(.href(SiteURL.inquiries(.statistics).path), .safe(context.t("inquiries.stats.link")))),
                    .li(.a(.href(SiteURL.followUp(.latest).path), .safe(context.t("followUp.nav")))),
                    .li(.a(.href(SiteURL.contactNetwork(.roster).path), .safe(context.t("footer.contactNetwork")))),
                    .li(.a(.href(SiteURL.council(.home).path), .safe(context.t("footer.council")))),
                    .li(.a(.href(SiteURL.survey(.latest).path), .safe(context.t("footer.survey"))))
                )
            ),
            .p(.safe(context.t("footer.operatedBy", ["municipality": context.site.municipalityName])))
        )
    }
}
