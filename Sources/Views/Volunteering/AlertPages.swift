import Plot
import Domain

/// Asking for mail about new assignments: an address, and the districts and groups (none: all).
public struct AlertFormPage: Sendable {
    public var form: FormState
    public var districts: [Form.Option]

    public init(form: FormState, districts: [Form.Option]) {
        (self.form, self.districts) = (form, districts)
    }

    public static let mock = AlertFormPage(form: FormState(), districts: [Form.Option("d1", "Vivalla")])

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("volunteering.alerts.title"),
            .p(.class("breadcrumb"), .a(.href(SiteURL.volunteering(.list).path), .safe("← " + context.t("volunteering.title")))),
            .h1(.safe(context.t("volunteering.alerts.title"))),
            .p(.class("lead"), .safe(context.t("volunteering.alerts.lead"))),
            Form.post(
                context, action: SiteURL.volunteering(.alerts).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "email", label: context.t("volunteering.interest.email"), kind: .email, autocomplete: "email",
                           required: true),
                Form.checkboxGroup(context, form, name: "districts", legend: context.t("volunteering.field.districts"),
                                   hint: context.t("volunteering.alerts.noneIsAll"), options: districts),
                Form.checkboxGroup(context, form, name: "groups", legend: context.t("volunteering.field.targetGroup"),
                                   hint: context.t("volunteering.alerts.noneIsAll"),
                                   options: TargetGroup.allCases.map { Form.Option($0.rawValue, context.t("targetGroup.\($0.rawValue)")) }),
                Form.submit(context.t("volunteering.alerts.submit"))
            )
        )
    }
}

/// The page behind the link in an alert mail: start it (the first mail), or stop it.
public struct AlertPage: Sendable {
    public var token: String
    public var email: String
    /// Names of the chosen districts and groups; empty: all.
    public var districts: [String]
    public var groups: [TargetGroup]
    public var isConfirmed: Bool
    public var isStopped: Bool

    public init(token: String, email: String, districts: [String], groups: [TargetGroup], isConfirmed: Bool, isStopped: Bool = false) {
        (self.token, self.email, self.districts, self.groups, self.isConfirmed, self.isStopped) = (token, email, districts, groups, isConfirmed, isStopped)
    }

    public static let mock = AlertPage(token: "t", email: "ali@example.se", districts: ["Vivalla"], groups: [.youth], isConfirmed: false)

    public func render(_ context: PageContext) -> String {
        let all = context.t("volunteering.alerts.all")
        return Layout.render(
            context, title: context.t("volunteering.alerts.title"),
            .h1(.safe(context.t("volunteering.alerts.title"))),
            .if(isStopped, .p(.safe(context.t("volunteering.alerts.stopped")))),
            .if(!isStopped, .group(
                .dl(
                    .class("summary-list"),
                    .dt(.safe(context.t("volunteering.interest.email"))), .dd(.safe(email)),
                    .dt(.safe(context.t("volunteering.field.districts"))), .dd(.safe(districts.isEmpty ? all : districts.joined(separator: ", "))),
                    .dt(.safe(context.t("volunteering.field.targetGroup"))),
                    .dd(.safe(groups.isEmpty ? all : groups.map { context.t("targetGroup.\($0.rawValue)") }.joined(separator: ", ")))
                ),
                .p(.safe(context.t(isConfirmed ? "volunteering.alerts.active" : "volunteering.alerts.pending"))),
                Form.post(
                    context, action: SiteURL.volunteering(.alert(.value(token))).path,
                    .input(.type(.hidden), .name("intent"), .value(isConfirmed ? "stop" : "confirm")),
                    Form.submit(context.t(isConfirmed ? "volunteering.alerts.stop" : "volunteering.alerts.confirm"),
                                class: isConfirmed ? "button button--secondary" : "button")
                )
            ))
        )
    }
}
