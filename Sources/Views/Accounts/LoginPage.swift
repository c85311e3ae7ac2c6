import Plot
import Domain

/// Sign in. The same message for a wrong password and an unknown address, so the page
/// cannot be used to find out who has an account.
public struct LoginPage: Sendable {
    public var form: FormState
    public var returnPath: String?
    /// Shown in the demo: which example accounts exist and their shared password.
    public var demoAccounts: [String]
    public var demoPassword: String?
    /// The demo admin's published TOTP key (base32): the demo shows the real sign-in of an admin.
    public var demoSecondFactorKey: String?

    public init(form: FormState = FormState(), returnPath: String? = nil, demoAccounts: [String] = [], demoPassword: String? = nil,
                demoSecondFactorKey: String? = nil) {
        self.form = form
        self.returnPath = returnPath
        self.demoAccounts = demoAccounts
        self.demoPassword = demoPassword
        self.demoSecondFactorKey = demoSecondFactorKey
    }

    public static let mock = LoginPage(demoAccounts: ["admin@demo.samverka.se"], demoPassword: "demo-lösenord-2026",
                                       demoSecondFactorKey: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ")

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("accounts.login.title"),
            .h1(.safe(context.t("accounts.login.title"))),
            Form.post(
                context, action: SiteURL.accounts(.login).path(query: [("return", returnPath)]),
                Form.errorSummary(context, form),
                Form.field(context, form, name: "email", label: context.t("accounts.field.email"),
                           kind: .email, autocomplete: "username", required: true),
                Form.field(context, form, name: "password", label: context.t("accounts.field.password"),
                           kind: .password, autocomplete: "current-password", required: true),
                Form.submit(context.t("accounts.login.submit"))
            ),
            .ul(
                .class("link-list"),
                .li(.a(.href(SiteURL.accounts(.forgotPassword).path), .safe(context.t("accounts.login.forgot")))),
                .li(.a(.href(SiteURL.accounts(.register).path), .safe(context.t("accounts.login.noAccount"))))
            ),
            .if(!demoAccounts.isEmpty, .section(
                .class("demo-accounts"), .attr("aria-labelledby", "demo-accounts-heading"),
                .h2(.id("demo-accounts-heading"), .safe(context.t("accounts.login.demoHeading"))),
                .p(.safe(context.t("accounts.login.demoBody", ["password": demoPassword ?? ""]))),
                .ul(.forEach(demoAccounts) { .li(.code(.safe($0))) }),
                .unwrap(demoSecondFactorKey) { key in
                    .p(.safe(context.t("accounts.login.demoSecondFactor", ["key": Base32.grouped(key)])))
                }
            ))
        )
    }
}
