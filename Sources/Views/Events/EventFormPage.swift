import Plot
import Domain

/// Publishing an event, or changing one: for a department its staff choose, for a verified
/// association its representatives. Times are Stockholm's; without times the event lasts all day.
public struct EventFormPage: Sendable {
    public var form: FormState
    public var organisers: [Form.Option]
    public var districts: [Form.Option]
    public var goals: [Form.Option]
    /// The event being changed; nil for a new one.
    public var slug: String?

    public init(form: FormState, organisers: [Form.Option], districts: [Form.Option], goals: [Form.Option], slug: String? = nil) {
        (self.form, self.organisers, self.districts, self.goals, self.slug) = (form, organisers, districts, goals, slug)
    }

    public static let mock = EventFormPage(form: FormState(), organisers: [Form.Option("d:1", "Kultur- och fritidsförvaltningen")],
                                           districts: [Form.Option("d1", "Vivalla")], goals: [Form.Option("4", "4. God utbildning för alla")])

    public func render(_ context: PageContext) -> String {
        let title = context.t(slug == nil ? "events.new" : "events.edit")
        let action = slug.map { SiteURL.events(.edit(.value($0))).path } ?? SiteURL.events(.new).path
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(slug.map { SiteURL.events(.show(.value($0))).path } ?? SiteURL.events(.list).path),
                                         .safe("← " + context.t("events.title")))),
            .h1(.safe(title)),
            .p(.safe(context.t("events.newLead"))),
            .if(organisers.isEmpty, .p(.class("notice"), .safe(context.t("projects.refusal.noOwner")))),
            .if(!organisers.isEmpty, Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.select(context, form, name: "organiser", label: context.t("events.organiser"), options: organisers),
                Form.field(context, form, name: "title", label: context.t("events.field.title"), required: true),
                Form.select(context, form, name: "kind", label: context.t("events.field.kind"),
                            options: EventKind.allCases.map { Form.Option($0.rawValue, context.t("events.kind.\($0.rawValue)")) }),
                Form.field(context, form, name: "easyRead", label: context.t("support.field.easyRead"),
                           hint: context.t("support.field.easyReadHint"), kind: .textarea, required: true),
                Form.field(context, form, name: "summary", label: context.t("events.field.summary"), kind: .textarea, required: true),
                Form.field(context, form, name: "description", label: context.t("events.field.description"), kind: .textarea),
                .fieldset(
                    .class("field-group"),
                    .element(named: "legend", nodes: [Node<HTML.BodyContext>.safe(context.t("events.when"))]),
                    .p(.class("hint"), .safe(context.t("events.field.whenHint"))),
                    Form.field(context, form, name: "startDay", label: context.t("events.field.startDay"), kind: .date, required: true),
                    Form.field(context, form, name: "startTime", label: context.t("events.field.startTime"), hint: context.t("events.field.timeHint"), kind: .time),
                    Form.field(context, form, name: "endDay", label: context.t("events.field.endDay"), hint: context.t("events.field.endDayHint"), kind: .date),
                    Form.field(context, form, name: "endTime", label: context.t("events.field.endTime"), hint: context.t("events.field.timeHint"), kind: .time)
                ),
                .fieldset(
                    .class("field-group"),
                    .element(named: "legend", nodes: [Node<HTML.BodyContext>.safe(context.t("events.field.repeatLegend"))]),
                    Form.select(context, form, name: "repeat", label: context.t("events.field.repeat"),
                                options: RepeatFrequency.allCases.map { Form.Option($0.rawValue, context.t("events.field.repeat.\($0.rawValue)")) },
                                includeEmpty: context.t("events.field.repeat.once")),
                    Form.field(context, form, name: "repeatUntil", label: context.t("events.field.repeatUntil"),
                               hint: context.t("events.field.repeatUntilHint"), kind: .date),
                    Form.field(context, form, name: "repeatExceptions", label: context.t("events.field.repeatExceptions"),
                               hint: context.t("events.field.repeatExceptionsHint"))
                ),
                .fieldset(
                    .class("field-group"),
                    .element(named: "legend", nodes: [Node<HTML.BodyContext>.safe(context.t("events.where"))]),
                    .p(.class("hint"), .safe(context.t("events.field.whereHint"))),
                    Form.field(context, form, name: "placeName", label: context.t("events.field.placeName")),
                    Form.field(context, form, name: "address", label: context.t("events.field.address"), autocomplete: "street-address"),
                    Form.select(context, form, name: "district", label: context.t("events.field.district"), options: districts,
                                includeEmpty: context.t("events.field.noDistrict")),
                    Form.field(context, form, name: "directions", label: context.t("events.field.directions"), kind: .textarea),
                    Form.field(context, form, name: "onlineURL", label: context.t("events.field.onlineURL"), hint: context.t("events.field.onlineHint"), kind: .url)
                ),
                Form.checkboxGroup(context, form, name: "accessibility", legend: context.t("events.accessibility"),
                                   options: EventAccessibility.allCases.map { Form.Option($0.rawValue, context.t("events.access.\($0.rawValue)")) }),
                Form.field(context, form, name: "languages", label: context.t("events.field.languages"), hint: context.t("events.field.languagesHint")),
                Form.field(context, form, name: "price", label: context.t("events.field.price"), hint: context.t("events.field.priceHint")),
                Form.checkboxGroup(context, form, name: "targetGroups", legend: context.t("projects.field.targetGroups"),
                                   options: TargetGroup.allCases.map { Form.Option($0.rawValue, context.t("targetGroup.\($0.rawValue)")) }),
                Form.checkboxGroup(context, form, name: "goals", legend: context.t("projects.field.goals"),
                                   options: goals),
                .fieldset(
                    .class("field-group"),
                    .element(named: "legend", nodes: [Node<HTML.BodyContext>.safe(context.t("events.register.title"))]),
                    Form.checkbox(form, name: "registration", label: context.t("events.field.registration"),
                                  hint: context.t("events.field.registrationHint")),
                    Form.field(context, form, name: "capacity", label: context.t("events.field.capacity"), hint: context.t("events.field.capacityHint"),
                               kind: .number),
                    Form.field(context, form, name: "registrationCloses", label: context.t("events.field.registrationCloses"),
                               hint: context.t("events.field.registrationClosesHint"), kind: .date),
                    Form.field(context, form, name: "question", label: context.t("events.field.question"), hint: context.t("events.field.questionHint"))
                ),
                Form.field(context, form, name: "contactName", label: context.t("projects.field.contactName"), required: true),
                Form.field(context, form, name: "contactEmail", label: context.t("projects.field.contactEmail"), kind: .email),
                Form.submit(context.t(slug == nil ? "events.publish" : "events.save"))
            ))
        )
    }
}
