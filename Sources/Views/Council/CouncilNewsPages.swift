import Foundation
import Plot
import Domain

/// A council news item in a list, the feed and the monthly letter.
public struct CouncilNewsSummary: Sendable, Hashable {
    public var slug: String
    public var title: String
    public var summary: String
    public var publishedAt: Date

    public init(slug: String, title: String, summary: String, publishedAt: Date) {
        (self.slug, self.title, self.summary, self.publishedAt) = (slug, title, summary, publishedAt)
    }

    public static let mock = CouncilNewsSummary(slug: "radet-traffar-foreningar-i-vivalla", title: "Rådet träffar föreningar i Vivalla",
                                                summary: "Den 12 mars möter rådet föreningarna i Vivalla.", publishedAt: Date(timeIntervalSince1970: 1_790_000_000))
}

/// News items, newest first: the date, the title as a link and the summary.
public enum CouncilNewsList {
    public static func render(_ context: PageContext, _ items: [CouncilNewsSummary]) -> Node<HTML.BodyContext> {
        items.isEmpty ? .p(.class("empty"), .safe(context.t("council.noNews")))
            : .ul(.class("plain-list"), .forEach(items) { item in
                .li(.h3(.a(.href(SiteURL.council(.newsItem(.value(item.slug))).path), .safe(item.title))),
                    .p(.class("meta"), .safe(context.words.date(item.publishedAt))),
                    .p(.safe(item.summary)))
            })
    }
}

/// `/samverkansradet/nyheter`: every news item, paged — the public archive.
public struct CouncilNewsArchivePage: Sendable {
    public var items: Paged<CouncilNewsSummary>
    public var canWrite: Bool

    public init(items: Paged<CouncilNewsSummary>, canWrite: Bool) {
        (self.items, self.canWrite) = (items, canWrite)
    }

    public static let mock = CouncilNewsArchivePage(items: Paged(items: [.mock], page: PageRequest(number: 1), total: 1), canWrite: true)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("council.newsTitle"),
            .p(.class("breadcrumb"), .a(.href(SiteURL.council(.home).path), .safe("← " + context.t("council.title")))),
            .h1(.safe(context.t("council.newsTitle"))),
            .p(.class("lead"), .safe(context.t("council.newsLead"))),
            .p(.a(.href(SiteURL.council(.subscribe).path), .safe(context.t("council.subscribe"))), .text(" · "),
               .a(.href(SiteURL.council(.newsFeed).path), .safe(context.t("council.feed")))),
            .if(canWrite, .p(.a(.class("button"), .href(SiteURL.council(.newNews).path), .safe(context.t("council.newNews"))))),
            CouncilNewsList.render(context, items.items),
            Pagination.nav(context, items, path: SiteURL.council(.news).path)
        )
    }
}

/// One news item: its summary, the same in easy-to-read Swedish, and the text.
public struct CouncilNewsPage: Sendable {
    public var summary: CouncilNewsSummary
    public var easyRead: String
    public var body: String
    public var canWrite: Bool

    public init(summary: CouncilNewsSummary, easyRead: String, body: String, canWrite: Bool) {
        (self.summary, self.easyRead, self.body, self.canWrite) = (summary, easyRead, body, canWrite)
    }

    public static let mock = CouncilNewsPage(summary: .mock, easyRead: "Rådet kommer till Vivalla. Kom och prata med oss.",
                                             body: "Vi vill höra vad ni behöver.", canWrite: true)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: summary.title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.council(.news).path), .safe("← " + context.t("council.newsTitle")))),
            .h1(.safe(summary.title)),
            .p(.class("meta"), .safe(context.t("council.published", ["date": context.words.date(summary.publishedAt)]))),
            .p(.class("lead"), .safe(summary.summary)),
            .if(canWrite, .p(.a(.class("button button--secondary"), .href(SiteURL.council(.editNews(.value(summary.slug))).path),
                                .safe(context.t("council.editNews"))))),
            .section(.class("easy-read"), .attr("aria-labelledby", "easy-heading"),
                     .h2(.id("easy-heading"), .safe(context.t("support.easyRead"))), .p(.safe(easyRead))),
            RichText.render(body, headingOffset: 1)
        )
    }
}

/// Writing or correcting a news item. A new item is mailed to those who follow each item.
public struct CouncilNewsFormPage: Sendable {
    public var form: FormState
    /// The item's slug when it is corrected; nil for a new one.
    public var slug: String?

    public init(form: FormState, slug: String? = nil) {
        (self.form, self.slug) = (form, slug)
    }

    public static let mock = CouncilNewsFormPage(form: FormState())

    public func render(_ context: PageContext) -> String {
        let title = context.t(slug == nil ? "council.newNews" : "council.editNews")
        let action = slug.map { SiteURL.council(.editNews(.value($0))).path } ?? SiteURL.council(.newNews).path
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.council(.news).path), .safe("← " + context.t("council.newsTitle")))),
            .h1(.safe(title)),
            .if(slug == nil, .p(.safe(context.t("council.newsMailed")))),
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "title", label: context.t("council.field.title"), required: true),
                Form.field(context, form, name: "summary", label: context.t("council.field.summary"), hint: context.t("council.summaryHint"),
                           kind: .textarea, required: true),
                Form.field(context, form, name: "easyRead", label: context.t("council.field.easyRead"), hint: context.t("council.easyReadHint"),
                           kind: .textarea, required: true),
                Form.field(context, form, name: "body", label: context.t("council.field.body"), kind: .textarea, required: true),
                Form.submit(context.t(slug == nil ? "council.publish" : "form.save"))
            )
        )
    }
}
