import Plot
import Domain

/// A cluster of associations a council member keeps in touch with: a category or a district,
/// how many associations it holds, a link to them in the directory, and a few of their names —
/// the palette, not a label.
public struct CouncilCluster: Sendable, Hashable {
    public var label: String
    public var count: Int
    /// False when the directory stopped counting (it says "more than").
    public var exact: Bool
    public var link: String
    public var examples: [String]

    public init(label: String, count: Int, exact: Bool = true, link: String, examples: [String]) {
        (self.label, self.count, self.exact, self.link, self.examples) = (label, count, exact, link, examples)
    }
}

/// A council member as the council's page shows them.
public struct CouncilMemberCard: Sendable, Hashable {
    public var id: String
    public var name: String
    public var side: CouncilSide
    public var represents: String
    public var task: String
    public var email: String
    public var clusters: [CouncilCluster]

    public init(id: String, name: String, side: CouncilSide, represents: String, task: String, email: String, clusters: [CouncilCluster]) {
        (self.id, self.name, self.side, self.represents, self.task, self.email, self.clusters) = (id, name, side, represents, task, email, clusters)
    }
}

/// `/samverkansradet`: what the council is and offers, how to reach it, its members from both
/// sides with the clusters each keeps in touch with, its latest news and its meetings.
public struct CouncilPage: Sendable {
    public var members: [CouncilMemberCard]
    public var news: [CouncilNewsSummary]
    public var meetings: Paged<MeetingItem>
    /// The coordinator's address, which reaches the council's secretary.
    public var contactEmail: String
    public var canManage: Bool
    public var canWriteNews: Bool

    public init(members: [CouncilMemberCard], news: [CouncilNewsSummary], meetings: Paged<MeetingItem>, contactEmail: String, canManage: Bool,
                canWriteNews: Bool) {
        (self.members, self.news, self.meetings, self.contactEmail) = (members, news, meetings, contactEmail)
        (self.canManage, self.canWriteNews) = (canManage, canWriteNews)
    }

    public static let mock = CouncilPage(
        members: [CouncilMemberCard(id: "0b8e2c9a-1d2e-4f5a-9b6c-7d8e9f0a1b2c", name: "Amina Yusuf", side: .associations, represents: "Vivalla IF",
                                    task: "Ordförande", email: "amina@example.se",
                                    clusters: [CouncilCluster(label: "Idrott och friluftsliv", count: 12, link: "/foreningar?category=sport",
                                                              examples: ["Vivalla IF", "Örebro SK"])])],
        news: [CouncilNewsSummary.mock], meetings: Paged(items: [], page: PageRequest(number: 1), total: 0), contactEmail: "samverkan@orebro.se",
        canManage: true, canWriteNews: true)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("council.title"),
            .h1(.safe(context.t("council.title"))),
            .p(.class("lead"), .safe(context.t("council.lead"))),
            .h2(.safe(context.t("council.offers"))),
            .ul(.forEach(1...4) { .li(.safe(context.t("council.offer\($0)"))) }),
            .p(.a(.href(SiteURL.council(.actionPlan).path), .safe(context.t("actionPlan.link")))),
            .h2(.safe(context.t("council.reach"))),
            .p(.safe(context.t("council.reachText")), .text(" "), .a(.href("mailto:" + contactEmail), .safe(contactEmail))),
            .p(.a(.class("button"), .href(SiteURL.inquiries(.ask).path(query: [("topic", InquiryTopic.council.rawValue)])),
                  .safe(context.t("council.raise")))),
            .if(canWriteNews, .p(.a(.href(SiteURL.staff(.inbox).path(query: [("scope", "council")])), .safe(context.t("council.matters"))))),
            .h2(.safe(context.t("council.members", ["count": context.words.number(members.count)]))),
            .if(canManage, .p(.a(.class("button button--secondary"), .href(SiteURL.council(.newMember).path), .safe(context.t("council.newMember"))))),
            .if(members.isEmpty, .p(.class("empty"), .safe(context.t("council.noMembers")))),
            .forEach(CouncilSide.allCases) { side in
                let group = members.filter { $0.side == side }
                return .if(!group.isEmpty, .group(
                    .h3(.safe(context.t("council.side.\(side.rawValue)"))),
                    .ul(.class("card-list plain-list"), .forEach(group) { member(context, $0) })))
            },
            .h2(.safe(context.t("council.news"))),
            CouncilNewsList.render(context, news),
            .p(.a(.href(SiteURL.council(.news).path), .safe(context.t("council.allNews"))), .text(" · "),
               .a(.href(SiteURL.council(.subscribe).path), .safe(context.t("council.subscribe"))), .text(" · "),
               .a(.href(SiteURL.council(.newsFeed).path), .safe(context.t("council.feed")))),
            MeetingList.render(context, .council, meetings, canManage: canManage)
        )
    }

    private func member(_ context: PageContext, _ member: CouncilMemberCard) -> Node<HTML.ListContext> {
        .li(.class("entry-point"),
            .h4(.safe(member.name)),
            .p(.safe([member.task, member.represents].filter { !$0.isEmpty }.joined(separator: ", "))),
            .if(!member.email.isEmpty, .p(.a(.href("mailto:" + member.email), .safe(member.email)))),
            .if(!member.clusters.isEmpty, .group(
                .p(.safe(context.t("council.keepsInTouch"))),
                .ul(.forEach(member.clusters) { cluster in
                    .li(.a(.href(cluster.link), .safe(context.t("council.cluster", ["name": cluster.label, "count": context.words.count(cluster.count, exact: cluster.exact)]))),
                        .if(!cluster.examples.isEmpty, .safe(" — " + context.t("council.forExample", ["names": cluster.examples.joined(separator: ", ")]))))
                }))),
            .if(canManage, .p(.a(.href(SiteURL.council(.editMember(.value(member.id))).path),
                                 .safe(context.t("council.editMember", ["name": member.name]))))))
    }
}
