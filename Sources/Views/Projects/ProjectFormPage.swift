import Plot
import Domain

/// Starting a project or changing one, for its owner's side. A person who may start none
/// (no department, no verified association) is told why instead of getting a form.
public struct ProjectFormPage: Sendable {
    public var slug: String?
    public var form: FormState
    /// The sides this person may start a project for; empty: the refusal is shown.
    public var owners: [Form.Option]
    public var districts: [Form.Option]
    public var goals: [Form.Option]
    /// How easy the easy-to-read summary is, once written.
    public var easyReadLix: Lix?

    public init(slug: String?, form: FormState, owners: [Form.Option], districts: [Form.Option], goals: [Form.Option], easyReadLix: Lix? = nil) {
        self.slug = slug
        self.form = form
        self.owners = owners
        self.districts = districts
        self.goals = goals
        self.easyReadLix = easyReadLix
    }

    public static let mock = ProjectFormPage(
        slug: nil, form: FormState(fields: FormFields([("title", "Läxhjälp"), ("districts", "d1"), ("goals", "4"), ("iop", "on")])),
        owners: [Form.Option("a:x", "Vivalla IF")], districts: [Form.Option("d1", "Vivalla")], goals: [Form.Option("4", "4. God utbildning för alla")],
        easyReadLix: Lix(text: "Unga får hjälp med läxor. Det är gratis."))

    public func render(_ context: PageContext) -> String {
        let title = slug == nil ? context.t("projects.new") : context.t("projects.editTitle", ["title": form["title"]])
        let action = slug.map { SiteURL.projects(.edit(.value($0))).path } ?? SiteURL.projects(.new).path
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.projects(.list).path), .safe("← " + context.t("projects.title")))),
            .h1(.safe(title)),
            .unwrap(easyReadLix) { Readability.summary(context, $0) },
            .if(owners.isEmpty, .p(.class("notice"), .safe(context.t("projects.refusal.noOwner")))),
            .if(!owners.isEmpty, Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "title", label: context.t("projects.field.title"), required: true),
                .if(slug == nil, .group(
                    Form.select(context, form, name: "owner", label: context.t("projects.field.owner"), hint: context.t("projects.field.ownerHint"),
                                options: owners),
                    Form.select(context, form, name: "status", label: context.t("projects.field.status"),
                                options: ProjectStatus.starting.map { Form.Option($0.rawValue, context.t("projects.status.\($0.rawValue)")) })
                )),
                .if(slug != nil, .input(.type(.hidden), .name("owner"), .value(form["owner"]))),
                Form.field(context, form, name: "easyRead", label: context.t("support.field.easyRead"),
                           hint: context.t("support.field.easyReadHint"), kind: .textarea, required: true),
                Form.field(context, form, name: "summary", label: context.t("projects.field.summary"), kind: .textarea, required: true),
                Form.field(context, form, name: "body", label: context.t("projects.field.body"), hint: context.t("projects.field.bodyHint"),
                           kind: .textarea),
                Form.select(context, form, name: "form", label: context.t("projects.field.form"), hint: context.t("projects.field.formHint"),
                            options: LadderStep.allCases.map { Form.Option(String($0.rawValue), context.t("guide.step.\($0.key).name")) }),
                Form.field(context, form, name: "starts", label: context.t("projects.field.starts"), kind: .date),
                Form.field(context, form, name: "ends", label: context.t("projects.field.ends"), kind: .date),
                Form.field(context, form, name: "contactName", label: context.t("projects.field.contactName"), required: true),
                Form.field(context, form, name: "contactEmail", label: context.t("projects.field.contactEmail"), kind: .email),
                Form.checkboxGroup(context, form, name: "districts", legend: context.t("projects.field.districts"), options: districts),
                Form.checkboxGroup(context, form, name: "targetGroups", legend: context.t("projects.field.targetGroups"),
                                   options: TargetGroup.allCases.map { Form.Option($0.rawValue, context.t("targetGroup.\($0.rawValue)")) }),
                Form.checkboxGroup(context, form, name: "goals", legend: context.t("projects.field.goals"), options: goals),
                .fieldset(
                    .class("field"),
                    .element(named: "legend", nodes: [Node<HTML.BodyContext>.safe(context.t("projects.partnership"))]),
                    Form.checkbox(form, name: "iop", label: context.t("projects.field.iop"), hint: context.t("projects.field.iopHint")),
                    Form.field(context, form, name: "iopFrom", label: context.t("projects.field.iopFrom"), kind: .date),
                    Form.field(context, form, name: "iopUntil", label: context.t("projects.field.iopUntil"), kind: .date),
                    Form.field(context, form, name: "decisionBody", label: context.t("projects.field.decisionBody")),
                    Form.field(context, form, name: "decidedOn", label: context.t("projects.field.decidedOn"), kind: .date),
                    Form.field(context, form, name: "caseNumber", label: context.t("projects.field.caseNumber"))
                ),
                Form.submit(context.t("form.save"))
            ))
        )
    }
}
