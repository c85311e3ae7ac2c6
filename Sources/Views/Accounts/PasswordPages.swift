import Plot
import Domain

/// Ask for a reset link. The answer is the same whether or not the address has an account.
public struct ForgotPasswordPage: Sendable {
    public var form: FormState

    public init(form: FormState = FormState()) {
        self.form = form
    }

    public static let mock = ForgotPasswordPage()

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("accounts.forgot.title"),
            .h1(.safe(context.t("accounts.forgot.title"))),
            .p(.safe(context.t("accounts.forgot.lead"))),
            Form.post(
                context, action: SiteURL.accounts(.forgotPassword).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "email", label: context.t("accounts.field.email"),
                           kind: .email, autocomplete: "email", required: true),
                Form.submit(context.t("accounts.forgot.submit"))
            )
        )
    }
}

/// Choose a new password, reached from the link in the reset mail.
public struct ResetPasswordPage: Sendable {
    public var token: String
    public var form: FormState

    public init(token: String, form: FormState = FormState()) {
        self.token = token
        self.form = form
    }

    public static let mock = ResetPasswordPage(token: "abc")

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("accounts.reset.title"),
            .h1(.safe(context.t("accounts.reset.title"))),
            Form.post(
                context, action: SiteURL.accounts(.resetPassword).path(query: [("token", token)]),
                Form.errorSummary(context, form),
                Form.field(context, form, name: "password", label: context.t("accounts.field.newPassword"),
                           hint: context.t("accounts.field.newPasswordHint", ["min": String(PasswordRules.minimumLength)]),
                           kind: .newPassword, autocomplete: "new-password", required: true),
                Form.submit(context.t("accounts.reset.submit"))
            )
        )
    }
}

/// Confirm the e-mail address with one button press.
public struct ConfirmEmailPage: Sendable {
    public var token: String

    public init(token: String) {
        self.token = token
    }

    public static let mock = ConfirmEmailPage(token: "abc")

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("accounts.confirm.title"),
            .h1(.safe(context.t("accounts.confirm.title"))),
            .p(.safe(context.t("accounts.confirm.lead"))),
            Form.post(
                context, action: SiteURL.accounts(.confirm).path,
                .input(.type(.hidden), .name("token"), .attr("value", token)),
                Form.submit(context.t("accounts.confirm.submit"))
            )
        )
    }
}
