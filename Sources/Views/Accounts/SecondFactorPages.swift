import Plot
import Domain
import Foundation

/// The sign-in's second step: the six digits from the authenticator app, or a recovery code.
/// A plain form: no script, no QR image.
public struct SignInCodePage: Sendable {
    public var form: FormState
    /// In the demo only, for its published example admin: the code right now.
    public var demoCode: String?

    public init(form: FormState = FormState(), demoCode: String? = nil) {
        self.form = form
        self.demoCode = demoCode
    }

    public static let mock = SignInCodePage(demoCode: "123456")

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("accounts.signInCode.title"),
            .h1(.safe(context.t("accounts.signInCode.title"))),
            .p(.safe(context.t("accounts.signInCode.lead"))),
            .unwrap(demoCode) { .p(.class("demo-accounts"), .safe(context.t("accounts.signInCode.demo", ["code": $0]))) },
            Form.post(
                context, action: SiteURL.accounts(.signInCode).path,
                Form.errorSummary(context, form),
                SecondFactorFields.code(context, form),
                Form.submit(context.t("accounts.login.submit"))
            ),
            .p(.a(.href(SiteURL.accounts(.login).path), .safe(context.t("accounts.signInCode.startOver"))))
        )
    }
}

/// Setting up an authenticator app: the key to type in (grouped in fours) or the otpauth
/// address, then a code from the app to show it works. During an admin's sign-in, or from
/// "Mitt konto".
public struct SecondFactorSetUpPage: Sendable {
    /// The key in base32, as the person types it into the app.
    public var secret: String
    public var uri: String
    /// The key sealed by the server, sent back with the code (the browser cannot choose its own).
    public var sealed: String
    public var duringSignIn: Bool
    public var form: FormState

    public init(secret: String, uri: String, sealed: String, duringSignIn: Bool, form: FormState = FormState()) {
        self.secret = secret
        self.uri = uri
        self.sealed = sealed
        self.duringSignIn = duringSignIn
        self.form = form
    }

    public static let mock = SecondFactorSetUpPage(
        secret: "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ", uri: "otpauth://totp/Samverka:admin%40example.se?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ",
        sealed: "c2VhbGVk", duringSignIn: true)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("accounts.secondFactor.setUp.title"),
            .h1(.safe(context.t("accounts.secondFactor.setUp.title"))),
            .if(duringSignIn, .p(.class("lead"), .safe(context.t("accounts.secondFactor.setUp.required")))),
            .p(.safe(context.t("accounts.secondFactor.setUp.lead"))),
            .ol(
                .li(.safe(context.t("accounts.secondFactor.setUp.stepApp"))),
                .li(.safe(context.t("accounts.secondFactor.setUp.stepKey")), " ",
                    .code(.class("secret-key"), .safe(Base32.grouped(secret))),
                    .p(.class("hint"), .safe(context.t("accounts.secondFactor.setUp.keyKind")))),
                .li(.safe(context.t("accounts.secondFactor.setUp.stepURI")), " ", .code(.class("otpauth-uri"), .safe(uri))),
                .li(.safe(context.t("accounts.secondFactor.setUp.stepCode")))
            ),
            Form.post(
                context, action: SiteURL.accounts(duringSignIn ? .signInSetUp : .secondFactor).path,
                Form.errorSummary(context, form),
                .input(.type(.hidden), .name("setup"), .attr("value", sealed)),
                SecondFactorFields.code(context, form, appOnly: true),
                Form.submit(context.t("accounts.secondFactor.setUp.submit"))
            )
        )
    }
}

/// The ten recovery codes, shown once, right after they were made.
public struct RecoveryCodesPage: Sendable {
    public var codes: [String]
    public var continuePath: String

    public init(codes: [String], continuePath: String) {
        self.codes = codes
        self.continuePath = continuePath
    }

    public static let mock = RecoveryCodesPage(codes: (1...10).map { "abcd-efgh-ijkl-mn\(String(format: "%02d", $0))" },
                                              continuePath: "/konto")

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("accounts.secondFactor.codes.title"),
            .h1(.safe(context.t("accounts.secondFactor.codes.title"))),
            .p(.safe(context.t("accounts.secondFactor.codes.lead"))),
            .ul(.class("recovery-codes"), .forEach(codes) { .li(.code(.safe($0))) }),
            .p(.a(.class("button"), .href(continuePath), .safe(context.t("accounts.secondFactor.codes.continue"))))
        )
    }
}

/// "Mitt konto" → the authenticator app, when one is set up: new recovery codes, or turning it off.
public struct SecondFactorAccountPage: Sendable {
    public var since: Date
    public var unusedCodes: Int
    /// Admins must keep it; they get no button to turn it off.
    public var isRequired: Bool
    public var form: FormState

    public init(since: Date, unusedCodes: Int, isRequired: Bool, form: FormState = FormState()) {
        self.since = since
        self.unusedCodes = unusedCodes
        self.isRequired = isRequired
        self.form = form
    }

    public static let mock = SecondFactorAccountPage(since: Date(timeIntervalSince1970: 1_790_000_000), unusedCodes: 9, isRequired: false)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("accounts.secondFactor.title"),
            .h1(.safe(context.t("accounts.secondFactor.title"))),
            .p(.safe(context.t("accounts.secondFactor.on", ["date": context.words.date(since),
                                                             "count": context.words.number(unusedCodes)]))),
            .if(isRequired, .p(.safe(context.t("accounts.secondFactor.requiredForAdmins")))),
            Form.post(
                context, action: SiteURL.accounts(.secondFactorCodes).path,
                Form.errorSummary(context, form),
                .p(.safe(context.t("accounts.secondFactor.newCodesBody"))),
                SecondFactorFields.code(context, form, appOnly: true),
                Form.submit(context.t("accounts.secondFactor.newCodes"), class: "button button--secondary")
            ),
            .if(!isRequired, Form.post(
                context, action: SiteURL.accounts(.secondFactorOff).path,
                .p(.safe(context.t("accounts.secondFactor.offBody"))),
                Form.field(context, form, name: "password", label: context.t("accounts.field.currentPassword"),
                           kind: .password, autocomplete: "current-password", required: true),
                Form.submit(context.t("accounts.secondFactor.off"), class: "button button--warning")
            )),
            .p(.a(.href(SiteURL.accounts(.overview).path), .safe(context.t("accounts.secondFactor.back"))))
        )
    }
}

enum SecondFactorFields {
    /// The code field: `one-time-code` lets a phone offer the code it just received.
    static func code(_ context: PageContext, _ form: FormState, appOnly: Bool = false) -> Node<HTML.FormContext> {
        Form.field(context, form, name: "code", label: context.t("accounts.secondFactor.code"),
                   hint: context.t(appOnly ? "accounts.secondFactor.codeHintApp" : "accounts.secondFactor.codeHint"),
                   autocomplete: "one-time-code", required: true)
    }
}
