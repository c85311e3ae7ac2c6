import Plot
import Domain

/// A department announces a consultation or changes it; after it closes, publishes the compilation.
public struct ConsultationFormPage: Sendable {
    public var slug: String?
    /// The fields, the ticked districts and categories among them.
    public var form: FormState
    public var districts: [Form.Option]
    public var departments: [Form.Option]
    /// Shown once the consultation has closed.
    public var compilationForm: FormState?

    public init(slug: String?, form: FormState, districts: [Form.Option], departments: [Form.Option], compilationForm: FormState? = nil) {
        self.slug = slug
        self.form = form
        self.districts = districts
        self.departments = departments
        self.compilationForm = compilationForm
    }

    public static let mock = ConsultationFormPage(slug: "x", form: FormState(fields: FormFields([
        ("title", "Detaljplan"), ("districts", "d1"), ("categories", "sport")])), districts: [Form.Option("d1", "Bettorp")],
                                                  departments: [Form.Option("x", "Stadsbyggnadsförvaltningen")], compilationForm: FormState())

    public func render(_ context: PageContext) -> String {
        let title = slug == nil ? context.t("consultations.new") : context.t("consultations.editTitle", ["title": form["title"]])
        let action = slug.map { SiteURL.staff(.editConsultation(.value($0))).path } ?? SiteURL.staff(.newConsultation).path
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.consultations(.list).path), .safe("← " + context.t("consultations.title")))),
            .h1(.safe(title)),
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "title", label: context.t("consultations.field.title"), required: true),
                Form.field(context, form, name: "caseNumber", label: context.t("consultations.field.caseNumber"),
                           hint: context.t("consultations.field.caseNumberHint"), required: true),
                Form.select(context, form, name: "departmentID", label: context.t("inquiries.department"), options: departments),
                Form.field(context, form, name: "easyRead", label: context.t("support.field.easyRead"),
                           hint: context.t("support.field.easyReadHint"), kind: .textarea, required: true),
                Form.field(context, form, name: "summary", label: context.t("consultations.field.summary"), kind: .textarea, required: true),
                Form.field(context, form, name: "body", label: context.t("consultations.field.body"), kind: .textarea),
                Form.field(context, form, name: "links", label: context.t("consultations.field.links"),
                           hint: context.t("consultations.field.linksHint"), kind: .textarea),
                Form.field(context, form, name: "questions", label: context.t("consultations.field.questions"),
                           hint: context.t("support.field.howToApplyHint"), kind: .textarea),
                Form.field(context, form, name: "announced", label: context.t("consultations.announced"),
                           hint: context.t("consultations.field.announcedHint"), kind: .date, required: true),
                Form.field(context, form, name: "opens", label: context.t("consultations.field.opens"), kind: .date, required: true),
                Form.field(context, form, name: "closes", label: context.t("consultations.field.closes"),
                           hint: context.t("consultations.field.closesHint"), kind: .date, required: true),
                Form.checkboxGroup(context, form, name: "districts", legend: context.t("consultations.field.districts"), options: districts),
                Form.checkboxGroup(context, form, name: "categories", legend: context.t("consultations.field.categories"),
                                   options: AssociationCategory.allCases.map { Form.Option($0.rawValue, context.t("category.\($0.rawValue)")) }),
                Form.submit(context.t("form.save"))
            ),
            .unwrap(slug.flatMap { slug in compilationForm.map { (slug, $0) } }) { slug, state in
                Form.post(
                    context, action: SiteURL.staff(.compileConsultation(.value(slug))).path,
                    .h2(.safe(context.t("consultations.compilation"))),
                    .p(.safe(context.t("consultations.compileLead"))),
                    Form.errorSummary(context, state),
                    Form.field(context, state, name: "compilation", label: context.t("consultations.field.compilation"),
                               hint: context.t("consultations.field.compilationHint"), kind: .textarea, required: true),
                    Form.submit(context.t("consultations.publishCompilation"))
                )
            }
        )
    }
}
