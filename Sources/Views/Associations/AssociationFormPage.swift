import Plot
import Domain

/// Register a new association, or change the facts of one you represent.
public struct AssociationFormPage: Sendable {
    /// nil when registering a new association.
    public var slug: String?
    /// The fields, the ticked boxes among them.
    public var form: FormState
    public var districts: [Form.Option]
    public var easyReadLix: Lix?
    /// A new name waiting for staff, or their no; the form holds the proposed name and number.
    public var nameChange: NameChangeNotice?

    public init(slug: String?, form: FormState, districts: [Form.Option], easyReadLix: Lix? = nil, nameChange: NameChangeNotice? = nil) {
        self.slug = slug
        self.form = form
        self.districts = districts
        self.easyReadLix = easyReadLix
        self.nameChange = nameChange
    }

    public static let mock = AssociationFormPage(
        slug: nil, form: FormState(fields: FormFields([("name", "Ny förening"), ("categories", "sport")]),
                                   errors: [FieldError("orgNumber", "error.orgNumber.checkDigitMismatch")]),
        districts: [Form.Option("d1", "Vivalla"), Form.Option("d2", "Varberga")])

    public func render(_ context: PageContext) -> String {
        let title = slug == nil ? context.t("associations.new.title") : context.t("associations.edit.title", ["name": form["name"]])
        let action = slug.map { SiteURL.associations(.edit(.value($0))).path } ?? SiteURL.associations(.new).path
        return Layout.render(
            context, title: title,
            .h1(.safe(title)),
            .if(slug == nil, .p(.class("lead"), .safe(context.t("associations.new.lead")))),
            .unwrap(nameChange) { $0.render(context) },
            .if(slug != nil, .p(.class("hint"), .safe(context.t("associations.rename.hint")))),
            .unwrap(easyReadLix) { Readability.summary(context, $0) },
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "name", label: context.t("associations.field.name"), required: true),
                Form.field(context, form, name: "orgNumber", label: context.t("associations.field.orgNumber"),
                           hint: context.t("associations.field.orgNumberHint")),
                Form.select(context, form, name: "legalForm", label: context.t("associations.field.legalForm"),
                            options: LegalForm.allCases.map { Form.Option($0.rawValue, context.t("legalForm.\($0.rawValue)")) },
                            includeEmpty: context.t("associations.field.choose")),
                Form.checkboxGroup(context, form, name: "categories", legend: context.t("associations.field.categories"),
                                   hint: context.t("associations.field.categoriesHint"),
                                   options: AssociationCategory.allCases.map { Form.Option($0.rawValue, context.t("category.\($0.rawValue)")) }),
                Form.checkboxGroup(context, form, name: "districts", legend: context.t("associations.field.districts"), options: districts),
                Form.checkboxGroup(context, form, name: "targetGroups", legend: context.t("associations.field.targetGroups"),
                                   options: TargetGroup.allCases.map { Form.Option($0.rawValue, context.t("targetGroup.\($0.rawValue)")) }),
                Form.field(context, form, name: "competences", label: context.t("associations.field.competences"),
                           hint: context.t("associations.field.competencesHint")),
                Form.select(context, form, name: "memberBand", label: context.t("associations.field.memberBand"),
                            options: MemberBand.allCases.map { Form.Option($0.rawValue, context.t("memberBand.\($0.rawValue)")) },
                            includeEmpty: context.t("associations.field.choose")),
                Form.field(context, form, name: "description", label: context.t("associations.field.description"),
                           hint: context.t("associations.field.descriptionHint"), kind: .textarea, required: true),
                Form.field(context, form, name: "easyRead", label: context.t("associations.field.easyRead"),
                           hint: context.t("associations.field.easyReadHint"), kind: .textarea),
                .h2(.safe(context.t("associations.contact"))),
                .p(.class("hint"), .safe(context.t("associations.field.contactHint"))),
                Form.field(context, form, name: "website", label: context.t("associations.field.website"), kind: .url),
                Form.field(context, form, name: "email", label: context.t("associations.field.email"), kind: .email),
                Form.field(context, form, name: "phone", label: context.t("associations.field.phone"), kind: .tel),
                Form.submit(context.t(slug == nil ? "associations.new.submit" : "form.save"))
            )
        )
    }
}
