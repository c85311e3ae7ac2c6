import Plot

/// The accessibility statement that DOS-lagen (2018:1937) requires, linked from every footer.
public struct AccessibilityPage: Sendable {
    public var assessedOn: String
    public var contactEmail: String
    public var contactPhone: String

    public init(assessedOn: String, contactEmail: String, contactPhone: String) {
        self.assessedOn = assessedOn
        self.contactEmail = contactEmail
        self.contactPhone = contactPhone
    }

    public static let mock = AccessibilityPage(assessedOn: "2026-11-26", contactEmail: "samverka@example.se", contactPhone: "019-21 10 00")

    static let diggComplaintURL = "https://www.digg.se/analys-och-uppfoljning/lagen-om-tillganglighet-till-digital-offentlig-service-dos-lagen/anmal-bristande-tillganglighet"

    public func render(_ context: PageContext) -> String {
        let values = [
            "municipality": context.site.municipalityName, "service": context.site.serviceName,
            "date": assessedOn, "email": contactEmail, "phone": contactPhone,
        ]
        return Layout.render(
            context, title: context.t("accessibility.title"),
            .h1(.safe(context.t("accessibility.title"))),
            .p(.class("lead"), .safe(context.t("accessibility.intro", values))),
            .h2(.safe(context.t("accessibility.complianceHeading"))),
            .p(.safe(context.t("accessibility.compliance", values))),
            .h2(.safe(context.t("accessibility.gapsHeading"))),
            .ul(
                .li(.safe(context.t("accessibility.gap.manual"))),
                .li(.safe(context.t("accessibility.gap.documents")))
            ),
            .h2(.safe(context.t("accessibility.reportHeading"))),
            .p(.safe(context.t("accessibility.report", values))),
            .p(.a(.attr("href", "mailto:\(contactEmail)"), .safe(contactEmail)), .safe(" · \(contactPhone)")),
            .h2(.safe(context.t("accessibility.supervisionHeading"))),
            .p(.safe(context.t("accessibility.supervision"))),
            .p(.a(.href(Self.diggComplaintURL), .safe(context.t("accessibility.diggLink")))),
            .h2(.safe(context.t("accessibility.methodHeading"))),
            .p(.safe(context.t("accessibility.method", values)))
        )
    }
}
