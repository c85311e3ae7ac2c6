import Plot
import Domain

/// Following consultations by mail: which districts and categories, how often, for oneself
/// or for an association one represents.
public struct SubscriptionPage: Sendable {
    public var choices: [ResponseFormPage.Choice]
    public var chosen: String
    public var email: String
    /// The frequency and the ticked districts and categories.
    public var form: FormState
    public var districts: [Form.Option]
    public var isSubscribed: Bool

    public init(choices: [ResponseFormPage.Choice], chosen: String, email: String, form: FormState, districts: [Form.Option],
                isSubscribed: Bool) {
        self.choices = choices
        self.chosen = chosen
        self.email = email
        self.form = form
        self.districts = districts
        self.isSubscribed = isSubscribed
    }

    public static let mock = SubscriptionPage(
        choices: [.init(value: "person", label: "Mig själv"), .init(value: "a1", label: "Bettorps skytteförening")], chosen: "person",
        email: "anna@example.org", form: FormState(fields: FormFields([("frequency", "each"), ("districts", "d1"), ("categories", "sport")])),
        districts: [Form.Option("d1", "Bettorp")], isSubscribed: true)

    public func render(_ context: PageContext) -> String {
        let path = SiteURL.consultations(.subscribe).path
        let action = SiteURL.withQuery(path, [("for", chosen)])
        return Layout.render(
            context, title: context.t("subscriptions.title"),
            .p(.class("breadcrumb"), .a(.href(SiteURL.consultations(.list).path), .safe("← " + context.t("consultations.title")))),
            .h1(.safe(context.t("subscriptions.title"))),
            .p(.class("lead"), .safe(context.t("subscriptions.lead"))),
            .if(choices.count > 1, .nav(
                .attr("aria-label", context.t("subscriptions.for")),
                .ul(.class("tabs"), .forEach(choices) { choice in
                    .li(.a(.href(SiteURL.withQuery(path, [("for", choice.value)])), .if(choice.value == chosen, .attr("aria-current", "page")),
                           .safe(choice.label)))
                })
            )),
            .p(.safe(context.t(isSubscribed ? "subscriptions.active" : "subscriptions.inactive", ["email": email]))),
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                .input(.type(.hidden), .name("for"), .attr("value", chosen)),
                Form.checkboxGroup(context, form, name: "districts", legend: context.t("subscriptions.districts"),
                                   hint: context.t("subscriptions.districtsHint"), options: districts),
                Form.checkboxGroup(context, form, name: "categories", legend: context.t("subscriptions.categories"),
                                   options: AssociationCategory.allCases.map { Form.Option($0.rawValue, context.t("category.\($0.rawValue)")) }),
                Form.radioGroup(context, form, name: "frequency", legend: context.t("subscriptions.frequency"),
                                options: SubscriptionFrequency.allCases.map { Form.Option($0.rawValue, context.t("subscriptions.frequency.\($0.rawValue)")) }),
                Form.submit(context.t("subscriptions.save"))
            ),
            .if(isSubscribed, Form.post(
                context, action: action,
                .input(.type(.hidden), .name("for"), .attr("value", chosen)),
                .input(.type(.hidden), .name("intent"), .value("stop")),
                Form.submit(context.t("subscriptions.stop"), class: "button button--secondary")
            ))
        )
    }
}

/// The unsubscribe link from a mail: one button, no sign-in (mail scanners follow links, so
/// the link itself changes nothing).
public struct UnsubscribePage: Sendable {
    public var token: String
    public var email: String?
    public var done: Bool

    public init(token: String, email: String?, done: Bool) {
        self.token = token
        self.email = email
        self.done = done
    }

    public static let mock = UnsubscribePage(token: "abc", email: "anna@example.org", done: false)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("subscriptions.unsubscribeTitle"),
            .h1(.safe(context.t("subscriptions.unsubscribeTitle"))),
            .if(done, .p(.safe(context.t("subscriptions.unsubscribed")))),
            .if(!done && email == nil, .p(.safe(context.t("subscriptions.unknownLink")))),
            .unwrap(done ? nil : email) { email in
                .group(
                    .p(.safe(context.t("subscriptions.unsubscribeLead", ["email": email]))),
                    Form.post(context, action: SiteURL.consultations(.unsubscribe(.value(token))).path,
                              Form.submit(context.t("subscriptions.unsubscribeButton")))
                )
            },
            .p(.a(.href(SiteURL.consultations(.list).path), .safe(context.t("consultations.title"))))
        )
    }
}
