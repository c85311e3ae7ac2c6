import Plot
import Domain
import Foundation

/// The admin's list of agreement pages, each marked as a draft or with the day it was published.
public struct AgreementTextsAdminPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var slug: String
        public var title: String
        public var publishedAt: Date?

        public init(slug: String, title: String, publishedAt: Date?) {
            self.slug = slug
            self.title = title
            self.publishedAt = publishedAt
        }
    }

    public var rows: [Row]

    public init(rows: [Row]) {
        self.rows = rows
    }

    public static let mock = AgreementTextsAdminPage(rows: [
        Row(slug: "syfte", title: "Varför finns överenskommelsen?", publishedAt: Date(timeIntervalSince1970: 1_794_812_400)),
        Row(slug: "fragor", title: "Vanliga frågor", publishedAt: nil),
    ])

    public func render(_ context: PageContext) -> String {
        let drafts = rows.filter { $0.publishedAt == nil }.count
        return Layout.render(
            context, title: context.t("admin.agreement.title"),
            .p(.a(.href(SiteURL.admin(.dashboard).path), .safe("← " + context.t("admin.title")))),
            .h1(.safe(context.t("admin.agreement.title"))),
            .p(.class("lead"), .safe(context.t("admin.agreement.lead"))),
            .if(drafts > 0, .p(.class("notice notice--warning"), .safe(context.t("admin.agreement.draftCount", ["count": context.words.number(drafts)])))),
            .ul(.class("link-list"), .forEach(rows) { row in
                .li(.a(.href(SiteURL.admin(.agreementText(.value(row.slug))).path), .safe(row.title)), .safe(" – "),
                    AgreementTextEditPage.status(context, row.publishedAt))
            })
        )
    }
}

/// Edit one agreement page in Swedish, easy-to-read Swedish and English, and publish it.
public struct AgreementTextEditPage: Sendable {
    public var slug: String
    public var form: FormState
    public var lixFull: Lix?
    public var lixEasyRead: Lix?
    public var publishedAt: Date?

    public init(slug: String, form: FormState, lixFull: Lix?, lixEasyRead: Lix?, publishedAt: Date?) {
        self.slug = slug
        self.form = form
        self.lixFull = lixFull
        self.lixEasyRead = lixEasyRead
        self.publishedAt = publishedAt
    }

    public static let mock = AgreementTextEditPage(
        slug: "syfte", form: FormState(values: ["titleSv": "Syfte", "bodySv": "Den antogs [år].", "easyReadSv": "Vi gör saker ihop."]),
        lixFull: nil, lixEasyRead: Lix(text: "Vi gör saker ihop."), publishedAt: nil)

    static let fields = ["titleSv", "bodySv", "easyReadSv", "titleEn", "bodyEn"]

    /// "Utkast" or "Publicerad 26 november 2026", as a word, not a colour.
    static func status(_ context: PageContext, _ publishedAt: Date?) -> Node<HTML.BodyContext> {
        .span(.class("status"), .safe(publishedAt.map { context.t("admin.agreement.published", ["date": context.words.date($0)]) }
            ?? context.t("admin.agreement.draft")))
    }

    public func render(_ context: PageContext) -> String {
        let markers = Self.fields.flatMap { AgreementPublication.fillInMarkers(in: form[$0]) }
        return Layout.render(
            context, title: context.t("admin.agreement.edit", ["title": form["titleSv"]]),
            .p(.a(.href(SiteURL.admin(.agreementTexts).path), .safe("← " + context.t("admin.agreement.title")))),
            .h1(.safe(context.t("admin.agreement.edit", ["title": form["titleSv"]]))),
            .div(.class(publishedAt == nil ? "notice notice--warning" : "notice"),
                 .p(Self.status(context, publishedAt), .safe(". " + context.t(publishedAt == nil ? "admin.agreement.draftBody" : "admin.agreement.publishedBody"))),
                 .if(!markers.isEmpty, .group(
                    .p(.safe(context.t("admin.agreement.markers", ["count": context.words.number(markers.count)]))),
                    .ul(.forEach(markers) { .li(.safe($0)) })))),
            .p(.a(.href(SiteURL.agreement(.text(.value(slug))).path), .safe(context.t("admin.agreement.view")))),
            .p(.class("hint"), .safe(context.t("admin.agreement.markupHint"))),
            Form.post(
                context, action: SiteURL.admin(.agreementText(.value(slug))).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "titleSv", label: context.t("admin.agreement.titleSv"), required: true),
                Form.field(context, form, name: "bodySv", label: context.t("admin.agreement.bodySv"), kind: .textarea, required: true),
                .unwrap(lixFull) { .element(named: "div", nodes: [Readability.summary(context, $0)]) },
                Form.field(context, form, name: "easyReadSv", label: context.t("admin.agreement.easyReadSv"),
                           hint: context.t("admin.department.easyReadHint"), kind: .textarea),
                .unwrap(lixEasyRead) { .element(named: "div", nodes: [Readability.summary(context, $0)]) },
                Form.field(context, form, name: "titleEn", label: context.t("admin.agreement.titleEn")),
                Form.field(context, form, name: "bodyEn", label: context.t("admin.agreement.bodyEn"), kind: .textarea),
                Form.checkbox(form, name: "published", label: context.t("admin.agreement.publish"), hint: context.t("admin.agreement.publishHint")),
                Form.submit(context.t("form.save"))
            )
        )
    }
}
