import Plot
import Domain

/// An event's co-organiser, as each side sees it on the event's page: the organiser invites one
/// (a department, or an association by its organisation number) and sees where the invitation
/// stands; the invited side says yes or no; a co-organiser that said yes may step back.
/// Fields are named `co…` so they never share an id with the registration form's.
public struct CoOrganiserBlock: Sendable {
    public enum Role: Sendable {
        /// The organiser's people: who (if anyone) was asked, and the departments to choose from.
        case organiser(current: String?, status: PartnerStatus?, departments: [Form.Option])
        /// The invited side's people, by its name.
        case invited(String)
        /// The confirmed co-organiser's people, by its name.
        case coOrganiser(String)
    }

    public var role: Role
    /// The co-organiser form sent, when it was refused.
    public var form: FormState

    public init(role: Role, form: FormState = FormState()) {
        (self.role, self.form) = (role, form)
    }

    public static let mock = CoOrganiserBlock(role: .organiser(current: "Vivalla boxningsklubb", status: .declined,
                                                               departments: [Form.Option("d:1", "Socialförvaltningen")]))

    public func render(_ context: PageContext, slug: String, organiser: String) -> Node<HTML.BodyContext> {
        .section(
            .class("no-print"), .attr("aria-labelledby", "co-organiser-heading"),
            .h2(.id("co-organiser-heading"), .safe(context.t("events.co.title"))),
            content(context, slug: .value(slug), organiser: organiser)
        )
    }

    func content(_ context: PageContext, slug: Parameter, organiser: String) -> Node<HTML.BodyContext> {
        switch role {
        case .organiser(let current, let status, let departments):
            let asked = current != nil && status != .declined
            return .group(
                .unwrap(current) { name in .p(.safe(context.t("events.co.status.\(status?.rawValue ?? "invited")", ["name": name]))) },
                .if(asked, remove(context, slug: slug, label: status == .confirmed ? "events.co.remove" : "events.co.withdrawInvitation")),
                .if(!asked, invite(context, slug: slug, departments: departments))
            )
        case .invited(let name):
            return Form.post(
                context, action: SiteURL.events(.coOrganiserAnswer(slug)).path,
                Form.errorSummary(context, form),
                .p(.safe(context.t("events.co.question", ["organiser": organiser, "name": name]))),
                .div(.class("button-row"),
                     .button(.type(.submit), .name("accept"), .value("yes"), .class("button"), .safe(context.t("projects.accept"))),
                     .button(.type(.submit), .name("accept"), .value("no"), .class("button button--secondary"), .safe(context.t("projects.decline"))))
            )
        case .coOrganiser(let name):
            return .group(.p(.safe(context.t("events.co.together", ["organiser": organiser, "name": name]))),
                          remove(context, slug: slug, label: "events.co.stepBack"))
        }
    }

    func invite(_ context: PageContext, slug: Parameter, departments: [Form.Option]) -> Node<HTML.BodyContext> {
        Form.post(
            context, action: SiteURL.events(.coOrganiser(slug)).path,
            .p(.safe(context.t("events.co.lead"))),
            Form.errorSummary(context, form),
            Form.select(context, form, name: "coDepartment", label: context.t("projects.field.inviteDepartment"),
                        options: departments, includeEmpty: context.t("projects.noDepartment")),
            Form.field(context, form, name: "coOrgNumber", label: context.t("projects.field.inviteAssociation"),
                       hint: context.t("projects.field.inviteAssociationHint")),
            Form.submit(context.t("projects.invite"))
        )
    }

    func remove(_ context: PageContext, slug: Parameter, label: String) -> Node<HTML.BodyContext> {
        Form.post(context, action: SiteURL.events(.coOrganiserRemove(slug)).path,
                  Form.errorSummary(context, form),
                  Form.submit(context.t(label), class: "button button--secondary"))
    }
}
