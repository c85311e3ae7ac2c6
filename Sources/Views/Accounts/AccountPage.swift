import Plot
import Domain
import Foundation

/// "My account": who I am here, what roles I have, and my data rights (export, delete).
public struct AccountPage: Sendable {
    public var displayName: String
    public var email: String
    public var roleKey: String
    public var departmentName: String?
    public var flagKeys: [String]
    public var memberSince: Date
    /// Whether an authenticator app is set up; nil for people who cannot use one (not staff).
    public var secondFactorOn: Bool?

    public init(displayName: String, email: String, roleKey: String, departmentName: String?, flagKeys: [String], memberSince: Date,
                secondFactorOn: Bool? = nil) {
        self.displayName = displayName
        self.email = email
        self.roleKey = roleKey
        self.departmentName = departmentName
        self.flagKeys = flagKeys
        self.memberSince = memberSince
        self.secondFactorOn = secondFactorOn
    }

    public static let mock = AccountPage(
        displayName: "Handläggare", email: "handlaggare@example.se", roleKey: "role.staff",
        departmentName: "Kultur- och fritidsförvaltningen", flagKeys: ["flag.entryPointHandler"],
        memberSince: Date(timeIntervalSince1970: 1_790_000_000), secondFactorOn: false
    )

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("accounts.overview.title"),
            .h1(.safe(context.t("accounts.overview.title"))),
            .dl(
                .class("summary-list"),
                .dt(.safe(context.t("accounts.field.displayName"))), .dd(.safe(displayName)),
                .dt(.safe(context.t("accounts.field.email"))), .dd(.safe(email)),
                .dt(.safe(context.t("accounts.overview.role"))), .dd(.safe(context.t(roleKey))),
                .unwrap(departmentName) { name in
                    .group(.dt(.safe(context.t("accounts.overview.department"))), .dd(.safe(name)))
                },
                .if(!flagKeys.isEmpty, .group(
                    .dt(.safe(context.t("accounts.overview.flags"))),
                    .dd(.safe(flagKeys.map { context.t($0) }.joined(separator: ", ")))
                )),
                .dt(.safe(context.t("accounts.overview.memberSince"))), .dd(.safe(context.words.date(memberSince)))
            ),
            .h2(.safe(context.t("accounts.overview.associationsHeading"))),
            .ul(
                .class("link-list"),
                .li(.a(.href(SiteURL.associations(.mine).path), .safe(context.t("associations.mine.title")))),
                .li(.a(.href(SiteURL.inquiries(.mine).path), .safe(context.t("inquiries.myLink")))),
                .li(.a(.href(SiteURL.associations(.new).path), .safe(context.t("associations.directory.register"))))
            ),
            .h2(.safe(context.t("accounts.overview.securityHeading"))),
            .ul(
                .class("link-list"),
                .li(.a(.href(SiteURL.accounts(.changePassword).path), .safe(context.t("accounts.overview.changePassword")))),
                .unwrap(secondFactorOn) { on in
                    .li(.a(.href(SiteURL.accounts(.secondFactor).path),
                           .safe(context.t(on ? "accounts.overview.secondFactorOn" : "accounts.overview.secondFactorOff"))))
                }
            ),
            .p(.safe(context.t("accounts.overview.signOutEverywhereBody"))),
            Form.post(
                context, action: SiteURL.accounts(.signOutEverywhere).path,
                Form.submit(context.t("accounts.overview.signOutEverywhere"), class: "button button--secondary")
            ),
            .h2(.safe(context.t("accounts.overview.dataHeading"))),
            .p(.safe(context.t("accounts.overview.dataBody"))),
            .ul(
                .class("link-list"),
                .li(.a(.href(SiteURL.accounts(.export).path), .safe(context.t("accounts.overview.export")))),
                .li(.a(.href(SiteURL.accounts(.delete).path), .safe(context.t("accounts.overview.delete"))))
            )
        )
    }
}

/// Confirm deleting one's own account with the password.
public struct DeleteAccountPage: Sendable {
    public var form: FormState

    public init(form: FormState = FormState()) {
        self.form = form
    }

    public static let mock = DeleteAccountPage()

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("accounts.delete.title"),
            .h1(.safe(context.t("accounts.delete.title"))),
            .p(.safe(context.t("accounts.delete.lead"))),
            .ul(
                .li(.safe(context.t("accounts.delete.removed"))),
                .li(.safe(context.t("accounts.delete.kept")))
            ),
            Form.post(
                context, action: SiteURL.accounts(.delete).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "password", label: context.t("accounts.field.password"),
                           hint: context.t("accounts.delete.passwordHint"), kind: .password,
                           autocomplete: "current-password", required: true),
                Form.submit(context.t("accounts.delete.submit"), class: "button button--warning")
            ),
            .p(.a(.href(SiteURL.accounts(.overview).path), .safe(context.t("accounts.delete.cancel"))))
        )
    }
}
