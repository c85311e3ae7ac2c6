import Plot
import Domain

/// Change one's password: the current one first, then the new one.
public struct ChangePasswordPage: Sendable {
    public var form: FormState

    public init(form: FormState = FormState()) {
        self.form = form
    }

    public static let mock = ChangePasswordPage()

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("accounts.changePassword.title"),
            .h1(.safe(context.t("accounts.changePassword.title"))),
            .p(.safe(context.t("accounts.changePassword.lead"))),
            Form.post(
                context, action: SiteURL.accounts(.changePassword).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "currentPassword", label: context.t("accounts.field.currentPassword"),
                           kind: .password, autocomplete: "current-password", required: true),
                Form.field(context, form, name: "password", label: context.t("accounts.field.newPasswordChange"),
                           hint: context.t("accounts.field.newPasswordHint", ["min": String(PasswordRules.minimumLength)]),
                           kind: .newPassword, autocomplete: "new-password", required: true),
                Form.submit(context.t("accounts.changePassword.submit"))
            ),
            .p(.a(.href(SiteURL.accounts(.overview).path), .safe(context.t("accounts.delete.cancel"))))
        )
    }
}
