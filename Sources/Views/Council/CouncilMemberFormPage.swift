import Plot
import Domain

/// The coordinator's form for a council member: who, from which side, whom they represent,
/// their task, an address, and the clusters they keep in touch with. A member is removed here too.
public struct CouncilMemberFormPage: Sendable {
    public var form: FormState
    public var districts: [Form.Option]
    /// The member's id when changed; nil for a new one.
    public var id: String?

    public init(form: FormState, districts: [Form.Option], id: String? = nil) {
        (self.form, self.districts, self.id) = (form, districts, id)
    }

    public static let mock = CouncilMemberFormPage(form: FormState(), districts: [Form.Option("d1", "Vivalla")], id: "0b8e2c9a-1d2e-4f5a-9b6c-7d8e9f0a1b2c")

    public func render(_ context: PageContext) -> String {
        let title = context.t(id == nil ? "council.newMember" : "council.changeMember")
        let action = id.map { SiteURL.council(.editMember(.value($0))).path } ?? SiteURL.council(.newMember).path
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.council(.home).path), .safe("← " + context.t("council.title")))),
            .h1(.safe(title)),
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "name", label: context.t("council.field.name"), autocomplete: "off", required: true),
                Form.radioGroup(context, form, name: "side", legend: context.t("council.field.side"),
                                options: CouncilSide.allCases.map { Form.Option($0.rawValue, context.t("council.side.\($0.rawValue)")) }),
                Form.field(context, form, name: "represents", label: context.t("council.field.represents"), hint: context.t("council.representsHint"),
                           required: true),
                Form.field(context, form, name: "task", label: context.t("council.field.task"), hint: context.t("council.taskHint")),
                Form.field(context, form, name: "email", label: context.t("council.field.email"), hint: context.t("council.emailHint"), kind: .email),
                Form.checkboxGroup(context, form, name: "categories", legend: context.t("council.field.categories"), hint: context.t("council.clustersHint"),
                                   options: AssociationCategory.allCases.map { Form.Option($0.rawValue, context.t("category.\($0.rawValue)")) }),
                Form.checkboxGroup(context, form, name: "districts", legend: context.t("council.field.districts"), hint: context.t("council.clustersHint"),
                                   options: districts),
                Form.submit(context.t("form.save"))
            ),
            .unwrap(id) { id in
                .group(
                    .h2(.safe(context.t("council.removeMember"))),
                    .p(.safe(context.t("council.removeHint"))),
                    Form.post(context, action: SiteURL.council(.editMember(.value(id))).path,
                              .input(.type(.hidden), .name("intent"), .value("remove")),
                              Form.submit(context.t("council.removeMember"), class: "button button--warning"))
                )
            }
        )
    }
}
