import Plot
import Domain

/// "Create an account": name, e-mail and a password, with the rules told up front.
public struct RegisterPage: Sendable {
    public var form: FormState

    public init(form: FormState = FormState()) {
        self.form = form
    }

    public static let mock = RegisterPage()

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("accounts.register.title"),
            .h1(.safe(context.t("accounts.register.title"))),
            .p(.class("lead"), .safe(context.t("accounts.register.lead"))),
            Form.post(
                context, action: SiteURL.accounts(.register).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "displayName", label: context.t("accounts.field.displayName"),
                           hint: context.t("accounts.field.displayNameHint"), autocomplete: "name", required: true),
                Form.field(context, form, name: "email", label: context.t("accounts.field.email"),
                           hint: context.t("accounts.field.emailHint"), kind: .email, autocomplete: "email", required: true),
                Form.field(context, form, name: "password", label: context.t("accounts.field.newPassword"),
                           hint: context.t("accounts.field.newPasswordHint", ["min": String(PasswordRules.minimumLength)]),
                           kind: .newPassword, autocomplete: "new-password", required: true),
                Form.submit(context.t("accounts.register.submit"))
            ),
            .p(.safe(context.t("accounts.register.haveAccount")), .safe(" "),
               .a(.href(SiteURL.accounts(.login).path), .safe(context.t("nav.login"))))
        )
    }
}
