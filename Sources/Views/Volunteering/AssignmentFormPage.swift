import Plot
import Domain

/// Publishing a volunteer assignment, or changing one: for a department its staff choose, for a
/// verified association its representatives.
public struct AssignmentFormPage: Sendable {
    public var form: FormState
    public var organisers: [Form.Option]
    public var districts: [Form.Option]
    /// The assignment being changed; nil for a new one.
    public var slug: String?

    public init(form: FormState, organisers: [Form.Option], districts: [Form.Option], slug: String? = nil) {
        (self.form, self.organisers, self.districts, self.slug) = (form, organisers, districts, slug)
    }

    public static let mock = AssignmentFormPage(form: FormState(), organisers: [Form.Option("d:1", "Kultur- och fritidsförvaltningen")],
                                                districts: [Form.Option("d1", "Vivalla")])

    public func render(_ context: PageContext) -> String {
        let title = context.t(slug == nil ? "volunteering.new" : "volunteering.edit")
        let action = slug.map { SiteURL.volunteering(.edit(.value($0))).path } ?? SiteURL.volunteering(.new).path
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(slug.map { SiteURL.volunteering(.show(.value($0))).path } ?? SiteURL.volunteering(.list).path),
                                         .safe("← " + context.t("volunteering.title")))),
            .h1(.safe(title)),
            .p(.safe(context.t("volunteering.newLead"))),
            .if(organisers.isEmpty, .p(.class("notice"), .safe(context.t("projects.refusal.noOwner")))),
            .if(!organisers.isEmpty, Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.select(context, form, name: "organiser", label: context.t("events.organiser"), options: organisers),
                Form.field(context, form, name: "title", label: context.t("volunteering.field.title"), hint: context.t("volunteering.field.titleHint"),
                           required: true),
                Form.field(context, form, name: "easyRead", label: context.t("support.field.easyRead"),
                           hint: context.t("support.field.easyReadHint"), kind: .textarea, required: true),
                Form.field(context, form, name: "summary", label: context.t("volunteering.field.summary"), kind: .textarea, required: true),
                Form.field(context, form, name: "description", label: context.t("volunteering.field.description"), kind: .textarea),
                Form.select(context, form, name: "targetGroup", label: context.t("volunteering.field.targetGroup"),
                            options: TargetGroup.allCases.map { Form.Option($0.rawValue, context.t("targetGroup.\($0.rawValue)")) }),
                .fieldset(
                    .class("field-group"),
                    .element(named: "legend", nodes: [Node<HTML.BodyContext>.safe(context.t("volunteering.where"))]),
                    .p(.class("hint"), .safe(context.t("volunteering.field.whereHint"))),
                    Form.checkboxGroup(context, form, name: "districts", legend: context.t("volunteering.field.districts"), options: districts),
                    Form.field(context, form, name: "place", label: context.t("volunteering.field.place")),
                    Form.checkbox(form, name: "remote", label: context.t("volunteering.field.remote"))
                ),
                .fieldset(
                    .class("field-group"),
                    .element(named: "legend", nodes: [Node<HTML.BodyContext>.safe(context.t("volunteering.when"))]),
                    Form.radioGroup(context, form, name: "timing", legend: context.t("volunteering.field.timing"),
                                    options: AssignmentTiming.allCases.map { Form.Option($0.rawValue, context.t("volunteering.timing.\($0.rawValue)")) }),
                    Form.field(context, form, name: "day", label: context.t("volunteering.field.day"), hint: context.t("volunteering.field.dayHint"), kind: .date),
                    Form.field(context, form, name: "schedule", label: context.t("volunteering.field.schedule"),
                               hint: context.t("volunteering.field.scheduleHint")),
                    Form.field(context, form, name: "effort", label: context.t("volunteering.field.effort"),
                               hint: context.t("volunteering.field.effortHint"), required: true)
                ),
                .fieldset(
                    .class("field-group"),
                    .element(named: "legend", nodes: [Node<HTML.BodyContext>.safe(context.t("volunteering.whoCan"))]),
                    Form.field(context, form, name: "minimumAge", label: context.t("volunteering.field.minimumAge"),
                               hint: context.t("volunteering.field.minimumAgeHint"), kind: .number),
                    Form.field(context, form, name: "languages", label: context.t("volunteering.field.languages"),
                               hint: context.t("volunteering.field.languagesHint")),
                    Form.checkbox(form, name: "needsRecordExtract", label: context.t("volunteering.field.recordExtract"),
                                  hint: context.t("volunteering.field.recordExtractHint"))
                ),
                Form.checkboxGroup(context, form, name: "perks", legend: context.t("volunteering.youGet"),
                                   options: VolunteerPerk.allCases.map { Form.Option($0.rawValue, context.t("volunteering.perk.\($0.rawValue)")) }),
                Form.field(context, form, name: "needed", label: context.t("volunteering.field.needed"), kind: .number, required: true),
                Form.field(context, form, name: "closes", label: context.t("volunteering.field.closes"), hint: context.t("volunteering.field.closesHint"),
                           kind: .date, required: true),
                Form.checkbox(form, name: "forStaff", label: context.t("volunteering.field.forStaff"), hint: context.t("volunteering.field.forStaffHint")),
                Form.field(context, form, name: "contactName", label: context.t("projects.field.contactName"), required: true),
                Form.field(context, form, name: "contactEmail", label: context.t("projects.field.contactEmail"),
                           hint: context.t("volunteering.field.contactEmailHint"), kind: .email, required: true),
                Form.submit(context.t(slug == nil ? "volunteering.publish" : "volunteering.save"))
            ))
        )
    }
}
