import Plot
import Domain

/// Asking for the council's news by mail: an address, and each item or a monthly letter.
public struct NewsSubscriptionFormPage: Sendable {
    public var form: FormState

    public init(form: FormState) { self.form = form }

    public static let mock = NewsSubscriptionFormPage(form: FormState(values: ["frequency": "each"]))

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("council.subscribe"),
            .p(.class("breadcrumb"), .a(.href(SiteURL.council(.news).path), .safe("← " + context.t("council.newsTitle")))),
            .h1(.safe(context.t("council.subscribe"))),
            .p(.class("lead"), .safe(context.t("council.subscribeLead"))),
            Form.post(
                context, action: SiteURL.council(.subscribe).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "email", label: context.t("council.field.yourEmail"), kind: .email, autocomplete: "email", required: true),
                Form.radioGroup(context, form, name: "frequency", legend: context.t("council.field.frequency"),
                                options: NewsFrequency.allCases.map { Form.Option($0.rawValue, context.t("council.frequency.\($0.rawValue)")) }),
                Form.submit(context.t("council.subscribeSubmit"))
            )
        )
    }
}

/// The page behind the link in the council's mails: start the subscription (the first mail's
/// link), or stop it (every later mail's).
public struct NewsSubscriptionPage: Sendable {
    public var token: String
    public var email: String
    public var frequency: NewsFrequency
    public var isConfirmed: Bool
    public var isStopped: Bool

    public init(token: String, email: String, frequency: NewsFrequency, isConfirmed: Bool, isStopped: Bool = false) {
        (self.token, self.email, self.frequency, self.isConfirmed, self.isStopped) = (token, email, frequency, isConfirmed, isStopped)
    }

    public static let mock = NewsSubscriptionPage(token: "t", email: "ali@example.se", frequency: .monthly, isConfirmed: false)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("council.subscription"),
            .h1(.safe(context.t("council.subscription"))),
            .if(isStopped, .p(.safe(context.t("council.subscriptionStopped")))),
            .if(!isStopped, .group(
                .dl(.class("summary-list"),
                    .dt(.safe(context.t("council.field.yourEmail"))), .dd(.safe(email)),
                    .dt(.safe(context.t("council.field.frequency"))), .dd(.safe(context.t("council.frequency.\(frequency.rawValue)")))),
                .p(.safe(context.t(isConfirmed ? "council.subscriptionActive" : "council.subscriptionPending"))),
                Form.post(
                    context, action: SiteURL.council(.subscription(.value(token))).path,
                    .input(.type(.hidden), .name("intent"), .value(isConfirmed ? "stop" : "confirm")),
                    Form.submit(context.t(isConfirmed ? "council.subscriptionStop" : "council.subscriptionConfirm"),
                                class: isConfirmed ? "button button--secondary" : "button")
                )
            ))
        )
    }
}
