import Plot

/// A short page that tells the outcome of something: "check your inbox", "link expired", errors.
public struct MessagePage: Sendable {
    public var titleKey: String
    public var paragraphKeys: [String]
    public var values: [String: String]
    public var link: (url: String, labelKey: String)?
    public var detail: String?

    public init(titleKey: String, paragraphKeys: [String], values: [String: String] = [:],
                link: (url: String, labelKey: String)? = nil, detail: String? = nil) {
        self.titleKey = titleKey
        self.paragraphKeys = paragraphKeys
        self.values = values
        self.link = link
        self.detail = detail
    }

    public static let mock = MessagePage(
        titleKey: "accounts.registered.title", paragraphKeys: ["accounts.registered.body"],
        values: ["email": "namn@example.se"], link: (SiteURL.home.path, "nav.home"), detail: "request-id"
    )

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t(titleKey, values),
            .h1(.safe(context.t(titleKey, values))),
            .forEach(paragraphKeys) { .p(.safe(context.t($0, values))) },
            .unwrap(link) { link in .p(.a(.attr("href", link.url), .safe(context.t(link.labelKey)))) },
            .unwrap(detail) { .p(.class("detail"), .safe(context.t("error.reference", ["reference": $0]))) }
        )
    }
}
