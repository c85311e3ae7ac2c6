import Plot
import Domain

/// The start page: what Samverka is, in plain words, what happens next, and where to begin.
public struct HomePage: Sendable {
    public var departmentCount: Int
    public var districtCount: Int
    /// The next few events (not cancelled).
    public var events: [EventSummary]

    public init(departmentCount: Int, districtCount: Int, events: [EventSummary] = []) {
        self.departmentCount = departmentCount
        self.districtCount = districtCount
        self.events = events
    }

    public static let mock = HomePage(departmentCount: 15, districtCount: 14, events: [.mock])

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("home.title"),
            .h1(.safe(context.t("home.heading", ["municipality": context.site.municipalityName]))),
            .p(.class("lead"), .safe(context.t("home.lead"))),
            .h2(.safe(context.t("home.whatHeading"))),
            .ul(
                .li(.safe(context.t("home.what.contact", ["count": context.words.number(departmentCount)]))),
                .li(.safe(context.t("home.what.account"))),
                .li(.a(.href(SiteURL.districts.path), .safe(context.t("home.what.districts", ["count": context.words.number(districtCount)]))))
            ),
            .if(!events.isEmpty, .group(
                .h2(.safe(context.t("home.eventsHeading"))),
                .div(.class("card-list"), .forEach(events) { $0.render(context, headingLevel: 3) }),
                .p(.a(.href(SiteURL.events(.list).path), .safe(context.t("home.allEvents"))))
            )),
            .h2(.safe(context.t("home.startHeading"))),
            .ul(
                .class("link-list"),
                .li(.a(.href(SiteURL.inquiries(.ask).path), .safe(context.t("inquiries.ask.title")))),
                .li(.a(.href(SiteURL.guide.path), .safe(context.t("home.start.support")))),
                .li(.a(.href(SiteURL.contact.path), .safe(context.t("home.start.contact")))),
                .li(.a(.href(SiteURL.inquiries(.statistics).path), .safe(context.t("inquiries.stats.link")))),
                .if(context.viewer == nil, .li(.a(.href(SiteURL.accounts(.register).path), .safe(context.t("home.start.register")))))
            ),
            .h2(.safe(context.t("home.offlineHeading"))),
            .p(.safe(context.t("home.offline")))
        )
    }
}
