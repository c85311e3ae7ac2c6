import Plot
import Domain

/// A department publishes a call for partners, or changes it.
public struct CallFormPage: Sendable {
    public var slug: String?
    public var form: FormState
    public var departments: [Form.Option]
    public var districts: [Form.Option]

    public init(slug: String?, form: FormState, departments: [Form.Option], districts: [Form.Option]) {
        self.slug = slug
        self.form = form
        self.departments = departments
        self.districts = districts
    }

    public static let mock = CallFormPage(slug: nil, form: FormState(fields: FormFields([("title", "NPF i skolan"), ("categories", "disability")])),
                                          departments: [Form.Option("x", "Grundskoleförvaltningen")], districts: [Form.Option("d1", "Vivalla")])

    public func render(_ context: PageContext) -> String {
        let title = slug == nil ? context.t("calls.new") : context.t("calls.editTitle", ["title": form["title"]])
        let action = slug.map { SiteURL.calls(.edit(.value($0))).path } ?? SiteURL.calls(.new).path
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.calls(.list).path), .safe("← " + context.t("calls.title")))),
            .h1(.safe(title)),
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "title", label: context.t("calls.field.title"), required: true),
                Form.select(context, form, name: "departmentID", label: context.t("inquiries.department"), options: departments),
                Form.field(context, form, name: "easyRead", label: context.t("support.field.easyRead"),
                           hint: context.t("support.field.easyReadHint"), kind: .textarea, required: true),
                Form.field(context, form, name: "summary", label: context.t("calls.field.summary"), kind: .textarea, required: true),
                Form.field(context, form, name: "competences", label: context.t("calls.field.competences"),
                           hint: context.t("calls.field.competencesHint")),
                Form.checkboxGroup(context, form, name: "categories", legend: context.t("consultations.field.categories"),
                                   options: AssociationCategory.allCases.map { Form.Option($0.rawValue, context.t("category.\($0.rawValue)")) }),
                Form.checkboxGroup(context, form, name: "districts", legend: context.t("projects.field.districts"), options: districts),
                Form.checkboxGroup(context, form, name: "targetGroups", legend: context.t("projects.field.targetGroups"),
                                   options: TargetGroup.allCases.map { Form.Option($0.rawValue, context.t("targetGroup.\($0.rawValue)")) }),
                Form.select(context, form, name: "form", label: context.t("projects.field.form"), hint: context.t("projects.field.formHint"),
                            options: LadderStep.allCases.map { Form.Option(String($0.rawValue), context.t("guide.step.\($0.key).name")) }),
                Form.checkbox(form, name: "money", label: context.t("calls.field.money")),
                Form.checkbox(form, name: "premises", label: context.t("calls.field.premises")),
                Form.field(context, form, name: "closes", label: context.t("calls.field.closes"), kind: .date, required: true),
                Form.field(context, form, name: "contactName", label: context.t("projects.field.contactName"), required: true),
                Form.field(context, form, name: "contactEmail", label: context.t("projects.field.contactEmail"), kind: .email),
                Form.submit(context.t("form.save"))
            )
        )
    }
}
