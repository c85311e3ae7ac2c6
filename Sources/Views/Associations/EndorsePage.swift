import Plot
import Domain

/// Join the agreement for the association — or withdraw. Both are recorded with date and who.
public struct EndorsePage: Sendable {
    public var slug: String
    public var name: String
    public var isJoined: Bool
    public var principles: [(name: String, summary: String)]
    public var form: FormState

    public init(slug: String, name: String, isJoined: Bool, principles: [(name: String, summary: String)], form: FormState = FormState()) {
        self.slug = slug
        self.name = name
        self.isJoined = isJoined
        self.principles = principles
        self.form = form
    }

    public static let mock = EndorsePage(slug: "x", name: "Vivalla fotbollsklubb (exempel)", isJoined: false,
                                         principles: [("Dialog", "Vi talar med varandra.")])

    public func render(_ context: PageContext) -> String {
        let slug = Parameter.value(slug)
        let key = isJoined ? "withdraw" : "join"
        return Layout.render(
            context, title: context.t("associations.\(key).title", ["name": name]),
            .p(.class("breadcrumb"), .a(.href(SiteURL.associations(.show(slug)).path), .safe("← " + name))),
            .h1(.safe(context.t("associations.\(key).title", ["name": name]))),
            .p(.class("lead"), .safe(context.t("associations.\(key).lead"))),
            .if(!isJoined, .group(
                .h2(.safe(context.t("associations.join.principles"))),
                .dl(.class("principles"), .forEach(principles) { principle in
                    .group(.dt(.safe(principle.name)), .dd(.safe(principle.summary)))
                }),
                .p(.a(.href(SiteURL.agreement(.index).path), .safe(context.t("associations.join.readMore"))))
            )),
            Form.post(
                context, action: SiteURL.associations(isJoined ? .withdraw(slug) : .endorse(slug)).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "decidedOn", label: context.t("associations.join.decidedOn"),
                           hint: context.t("associations.join.decidedOnHint"), kind: .date, required: true),
                .if(!isJoined, Form.field(context, form, name: "signatoryRole", label: context.t("associations.join.signatoryRole"),
                                          hint: context.t("associations.join.signatoryRoleHint"), required: true)),
                Form.checkbox(form, name: "confirm", label: context.t("associations.\(key).confirm")),
                .unwrap(form.error("confirm")) { Form.errorMessage(context, id: Form.fieldID("confirm"), $0) },
                Form.submit(context.t("associations.\(key).submit"), class: isJoined ? "button button--warning" : "button")
            )
        )
    }
}
