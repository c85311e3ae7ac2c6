import Plot

/// What Samverka stores about people, why, for how long, and how to get it removed (GDPR art. 13).
public struct PrivacyPage: Sendable {
    public var controllerEmail: String

    public init(controllerEmail: String) {
        self.controllerEmail = controllerEmail
    }

    public static let mock = PrivacyPage(controllerEmail: "dataskydd@example.se")

    static let sections = ["account", "sessions", "signIn", "inquiries", "eventRegistrations", "volunteerInterests", "volunteerAlerts", "councilNews", "audit", "mail", "public"]

    public func render(_ context: PageContext) -> String {
        let values = ["municipality": context.site.municipalityName, "email": controllerEmail]
        return Layout.render(
            context, title: context.t("privacy.title"),
            .h1(.safe(context.t("privacy.title"))),
            .p(.class("lead"), .safe(context.t("privacy.intro", values))),
            .h2(.safe(context.t("privacy.legalBasisHeading"))),
            .p(.safe(context.t("privacy.legalBasis"))),
            .h2(.safe(context.t("privacy.storedHeading"))),
            .table(
                .class("table"),
                .caption(.safe(context.t("privacy.tableCaption"))),
                .thead(.tr(
                    .th(.attribute(named: "scope", value: "col"), .safe(context.t("privacy.col.what"))),
                    .th(.attribute(named: "scope", value: "col"), .safe(context.t("privacy.col.why"))),
                    .th(.attribute(named: "scope", value: "col"), .safe(context.t("privacy.col.howLong")))
                )),
                .tbody(.forEach(Self.sections) { section in
                    .tr(
                        .th(.attribute(named: "scope", value: "row"), .safe(context.t("privacy.\(section).what"))),
                        .td(.safe(context.t("privacy.\(section).why"))),
                        .td(.safe(context.t("privacy.\(section).howLong")))
                    )
                })
            ),
            .h2(.safe(context.t("privacy.rightsHeading"))),
            .p(.safe(context.t("privacy.rights", values))),
            .ul(
                .li(.a(.href(SiteURL.accounts(.export).path), .safe(context.t("privacy.rights.export")))),
                .li(.a(.href(SiteURL.accounts(.delete).path), .safe(context.t("privacy.rights.delete"))))
            ),
            .p(.safe(context.t("privacy.contact", values)), .safe(" "), .a(.attr("href", "mailto:\(controllerEmail)"), .safe(controllerEmail))),
            .p(.safe(context.t("privacy.complaint")))
        )
    }
}
