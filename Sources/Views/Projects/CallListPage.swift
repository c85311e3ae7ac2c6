import Plot
import Domain

/// Calls for partners: open ones soonest closing first, or closed ones; staff can publish one.
public struct CallListPage: Sendable {
    public var open: Bool
    public var counts: (open: Int, closed: Int)
    public var items: Paged<CallSummary>
    public var canPublish: Bool

    public init(open: Bool, counts: (open: Int, closed: Int), items: Paged<CallSummary>, canPublish: Bool) {
        self.open = open
        self.counts = counts
        self.items = items
        self.canPublish = canPublish
    }

    public static let mock = CallListPage(open: true, counts: (1, 3), items: Paged(items: [.mock], page: PageRequest(number: 1), total: 1),
                                          canPublish: true)

    public func render(_ context: PageContext) -> String {
        let path = SiteURL.calls(.list).path
        let tabs: [(String, Bool, Int)] = [("open", true, counts.open), ("closed", false, counts.closed)]
        return Layout.render(
            context, title: context.t("calls.title"),
            .h1(.safe(context.t("calls.title"))),
            .p(.class("lead"), .safe(context.t("calls.lead"))),
            .if(canPublish, .p(.a(.class("button button--secondary"), .href(SiteURL.calls(.new).path), .safe(context.t("calls.new"))))),
            .nav(.attr("aria-label", context.t("calls.byStatus")), .ul(.class("status-tabs"), .forEach(tabs) { name, isOpen, count in
                .li(.a(.attr("href", SiteURL.withQuery(path, [("status", name)])), .if(isOpen == open, .attribute(named: "aria-current", value: "page")),
                       .safe(context.t("calls.tab.\(name)", ["count": context.words.number(count)]))))
            })),
            .if(items.items.isEmpty, .p(.class("empty"), .safe(context.t("calls.empty")))),
            .div(.class("card-list"), .forEach(items.items) { $0.render(context, headingLevel: 2) }),
            Pagination.nav(context, items, path: path, query: [("status", open ? "open" : "closed")]),
            .p(.a(.href(SiteURL.callsFeed.path), .safe(context.t("calls.feed")))),
            .p(.a(.href(SiteURL.offers(.list).path), .safe(context.t("offers.fromCalls"))))
        )
    }
}
