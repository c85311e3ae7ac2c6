import Plot
import Domain

/// Every district and locality, with what happens there: coming events and associations.
public struct DistrictListPage: Sendable {
    public struct Item: Sendable, Hashable {
        public var slug: String
        public var name: String
        public var events: Int
        public var associations: Int
        public var associationsExact: Bool

        public init(slug: String, name: String, events: Int, associations: Int, associationsExact: Bool = true) {
            (self.slug, self.name, self.events, self.associations, self.associationsExact) = (slug, name, events, associations, associationsExact)
        }
    }

    public var items: [Item]

    public init(items: [Item]) { self.items = items }

    public static let mock = DistrictListPage(items: [Item(slug: "vivalla", name: "Vivalla", events: 3, associations: 42)])

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("districts.title"),
            .h1(.safe(context.t("districts.title"))),
            .p(.class("lead"), .safe(context.t("districts.lead"))),
            .div(.class("card-list"), .forEach(items) { item in
                .div(.class("entry-point"),
                     .h2(.a(.href(SiteURL.district(.value(item.slug)).path), .safe(item.name))),
                     .p(.safe(context.t("districts.counts", ["events": context.words.number(item.events),
                                                             "associations": context.words.count(item.associations, exact: item.associationsExact)]))))
            })
        )
    }
}

/// One district: its coming events, its associations, open consultations and projects there,
/// where to turn, and how to follow what happens there by mail.
public struct DistrictPage: Sendable {
    public var slug: String
    public var name: String
    public var districtID: String
    public var events: [EventSummary]
    public var associations: Int
    public var associationsExact: Bool
    public var consultations: [ConsultationSummary]
    public var projects: [ProjectSummary]

    public init(slug: String, name: String, districtID: String, events: [EventSummary], associations: Int, associationsExact: Bool,
                consultations: [ConsultationSummary], projects: [ProjectSummary]) {
        (self.slug, self.name, self.districtID, self.events) = (slug, name, districtID, events)
        (self.associations, self.associationsExact, self.consultations, self.projects) = (associations, associationsExact, consultations, projects)
    }

    public static let mock = DistrictPage(slug: "vivalla", name: "Vivalla", districtID: "d1", events: [.mock], associations: 42,
                                          associationsExact: true, consultations: [.mock], projects: [.mock])

    public func render(_ context: PageContext) -> String {
        let districtQuery = [("district", districtID)]
        return Layout.render(
            context, title: name,
            .p(.class("breadcrumb"), .a(.href(SiteURL.districts.path), .safe("← " + context.t("districts.title")))),
            .h1(.safe(name)),
            .p(.class("lead"), .safe(context.t("districts.pageLead", ["district": name]))),
            .h2(.safe(context.t("districts.events"))),
            .if(events.isEmpty, .p(.class("empty"), .safe(context.t("districts.noEvents")))),
            .div(.class("card-list"), .forEach(events) { $0.render(context, headingLevel: 3) }),
            .p(.a(.href(SiteURL.events(.list).path(query: districtQuery)), .safe(context.t("districts.allEvents", ["district": name]))),
               .safe(" · "), .a(.href(SiteURL.eventsCalendar.path(query: districtQuery)), .safe(context.t("districts.calendar")))),
            .h2(.safe(context.t("districts.associations"))),
            .p(.a(.href(SiteURL.associations(.directory).path(query: districtQuery)),
                  .safe(context.t("districts.associationsLink", ["count": context.words.count(associations, exact: associationsExact), "district": name])))),
            .h2(.safe(context.t("districts.consultations"))),
            .if(consultations.isEmpty, .p(.class("empty"), .safe(context.t("districts.noConsultations")))),
            .div(.class("card-list"), .forEach(consultations) { $0.render(context, headingLevel: 3) }),
            .h2(.safe(context.t("districts.projects"))),
            .if(projects.isEmpty, .p(.class("empty"), .safe(context.t("districts.noProjects")))),
            .div(.class("card-list"), .forEach(projects) { $0.render(context, headingLevel: 3) }),
            .p(.a(.href(SiteURL.projects(.list).path(query: districtQuery)), .safe(context.t("districts.allProjects", ["district": name])))),
            .h2(.safe(context.t("districts.followHeading"))),
            .p(.safe(context.t("districts.follow") + " "), .a(.href(SiteURL.consultations(.subscribe).path), .safe(context.t("districts.followLink")))),
            .h2(.safe(context.t("districts.contactHeading"))),
            .p(.safe(context.t("districts.contact") + " "), .a(.href(SiteURL.contact.path), .safe(context.t("nav.contact"))))
        )
    }
}
