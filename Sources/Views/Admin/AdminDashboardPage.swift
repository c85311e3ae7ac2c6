import Plot

/// The admin's start: counts and the way to each admin task.
public struct AdminDashboardPage: Sendable {
    public var userCount: Int
    public var pendingMailCount: Int
    public var failedMailCount: Int

    public init(userCount: Int, pendingMailCount: Int, failedMailCount: Int) {
        self.userCount = userCount
        self.pendingMailCount = pendingMailCount
        self.failedMailCount = failedMailCount
    }

    public static let mock = AdminDashboardPage(userCount: 12, pendingMailCount: 3, failedMailCount: 1)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("admin.title"),
            .h1(.safe(context.t("admin.title"))),
            .p(.a(.class("button"), .href(SiteURL.admin(.getStarted).path), .safe(context.t("admin.start.link")))),
            .ul(
                .class("link-list"),
                .li(.a(.href(SiteURL.admin(.users).path), .safe(context.t("admin.users.title"))),
                    .safe(" " + context.t("admin.dashboard.userCount", ["count": context.words.number(userCount)]))),
                .li(.a(.href(SiteURL.admin(.departments).path), .safe(context.t("admin.departments.title")))),
                .li(.a(.href(SiteURL.admin(.districts).path), .safe(context.t("admin.districts.title")))),
                .li(.a(.href(SiteURL.admin(.agreementTexts).path), .safe(context.t("admin.agreement.title")))),
                .li(.a(.href(SiteURL.admin(.importAssociations).path), .safe(context.t("admin.import.title")))),
                .li(.a(.href(SiteURL.admin(.inquiryTopics).path), .safe(context.t("admin.topics.link")))),
                .li(.a(.href(SiteURL.staff(.supportList).path), .safe(context.t("support.staffTitle")))),
                .li(.a(.href(SiteURL.staff(.inbox).path), .safe(context.t("inquiries.inbox.title")))),
                .li(.a(.href(SiteURL.staff(.associationQueue).path), .safe(context.t("staff.queue.title")))),
                .li(.a(.href(SiteURL.admin(.auditLog).path), .safe(context.t("admin.audit.title")))),
                .li(.a(.href(SiteURL.admin(.mailLog).path), .safe(context.t("admin.mail.title"))),
                    .safe(" " + context.t("admin.dashboard.mailCounts", [
                        "pending": String(pendingMailCount), "failed": String(failedMailCount),
                    ])))
            )
        )
    }
}
