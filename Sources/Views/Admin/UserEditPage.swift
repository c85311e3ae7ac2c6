import Plot
import Domain
import Foundation

/// Change a person's role, department and flags.
public struct UserEditPage: Sendable {
    public var id: UserID
    public var displayName: String
    public var email: String
    public var departments: [Form.Option]
    public var form: FormState
    /// The person has an authenticator app: the admin can remove it when it is lost.
    public var hasSecondFactor: Bool

    public init(id: UserID, displayName: String, email: String, departments: [Form.Option], form: FormState, hasSecondFactor: Bool = false) {
        self.id = id
        self.displayName = displayName
        self.email = email
        self.departments = departments
        self.form = form
        self.hasSecondFactor = hasSecondFactor
    }

    public static let mock = UserEditPage(
        id: .make(), displayName: "Handläggare", email: "h@example.se",
        departments: [Form.Option("d1", "Socialförvaltningen")],
        form: FormState(values: ["role": "staff", "departmentID": "d1", "entryPointHandler": "on"]), hasSecondFactor: true
    )

    public func render(_ context: PageContext) -> String {
        let roles = [Actor.Role.member, .staff, .admin].map { Form.Option($0.rawValue, context.t("role.\($0.rawValue)")) }
        return Layout.render(
            context, title: context.t("admin.user.title", ["name": displayName]),
            .p(.a(.href(SiteURL.admin(.users).path), .safe("← " + context.t("admin.users.title")))),
            .h1(.safe(context.t("admin.user.title", ["name": displayName]))),
            .p(.safe(email)),
            Form.post(
                context, action: SiteURL.admin(.user(.id(id))).path,
                Form.errorSummary(context, form),
                Form.select(context, form, name: "role", label: context.t("accounts.overview.role"),
                            hint: context.t("admin.user.roleHint"), options: roles),
                Form.select(context, form, name: "departmentID", label: context.t("accounts.overview.department"),
                            hint: context.t("admin.user.departmentHint"), options: departments,
                            includeEmpty: context.t("admin.user.noDepartment")),
                .fieldset(
                    .element(named: "legend", nodes: [Node<HTML.BodyContext>.safe(context.t("accounts.overview.flags"))]),
                    Form.checkbox(form, name: "entryPointHandler", label: context.t("flag.entryPointHandler"),
                                  hint: context.t("flag.entryPointHandlerHint")),
                    Form.checkbox(form, name: "contactNetworkMember", label: context.t("flag.contactNetworkMember"),
                                  hint: context.t("flag.contactNetworkMemberHint")),
                    Form.checkbox(form, name: "councilMember", label: context.t("flag.councilMember")),
                    Form.checkbox(form, name: "departmentAdmin", label: context.t("flag.departmentAdmin"),
                                  hint: context.t("flag.departmentAdminHint")),
                    Form.checkbox(form, name: "politician", label: context.t("flag.politician"), hint: context.t("flag.politicianHint"))
                ),
                Form.submit(context.t("form.save"))
            ),
            .if(hasSecondFactor, .group(
                .h2(.safe(context.t("accounts.secondFactor.title"))),
                Form.post(
                    context, action: SiteURL.admin(.userSecondFactor(.id(id))).path,
                    .p(.safe(context.t("admin.user.secondFactorBody"))),
                    Form.submit(context.t("admin.user.secondFactorRemove"), class: "button button--warning")
                )
            ))
        )
    }
}
