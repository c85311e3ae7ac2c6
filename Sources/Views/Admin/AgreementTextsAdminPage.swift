import Plot
import Domain

/// The admin's list of agreement pages.
public struct AgreementTextsAdminPage: Sendable {
    public var pages: [AgreementIndexPage.Link]

    public init(pages: [AgreementIndexPage.Link]) {
        self.pages = pages
    }

    public static let mock = AgreementTextsAdminPage(pages: AgreementIndexPage.mock.pages)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("admin.agreement.title"),
            .p(.a(.href(SiteURL.admin(.dashboard).path), .safe("← " + context.t("admin.title")))),
            .h1(.safe(context.t("admin.agreement.title"))),
            .ul(.class("link-list"), .forEach(pages) { page in
                .li(.a(.href(SiteURL.admin(.agreementText(.value(page.slug))).path), .safe(page.title)))
            })
        )
    }
}

/// Edit one agreement page in Swedish, easy-to-read Swedish and English.
public struct AgreementTextEditPage: Sendable {
    public var slug: String
    public var form: FormState
    public var lixFull: Lix?
    public var lixEasyRead: Lix?

    public init(slug: String, form: FormState, lixFull: Lix?, lixEasyRead: Lix?) {
        self.slug = slug
        self.form = form
        self.lixFull = lixFull
        self.lixEasyRead = lixEasyRead
    }

    public static let mock = AgreementTextEditPage(slug: "syfte", form: FormState(values: ["titleSv": "Syfte", "easyReadSv": "Vi gör saker ihop."]),
                                                   lixFull: nil, lixEasyRead: Lix(text: "Vi gör saker ihop."))

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("admin.agreement.edit", ["title": form["titleSv"]]),
            .p(.a(.href(SiteURL.admin(.agreementTexts).path), .safe("← " + context.t("admin.agreement.title")))),
            .h1(.safe(context.t("admin.agreement.edit", ["title": form["titleSv"]]))),
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
                Form.submit(context.t("form.save"))
            )
        )
    }
}
