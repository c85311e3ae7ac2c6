import Plot
import Domain

/// "Kontakta kommunen": one form for any question. Staff use the same form to register a
/// question that came by phone, letter or visit, marked with how it came.
public struct AskPage: Sendable {
    public var form: FormState
    public var districts: [Form.Option]
    /// The associations the signed-in person speaks for; empty hides the choice.
    public var associations: [Form.Option]
    public var staffMode: Bool

    public init(form: FormState, districts: [Form.Option], associations: [Form.Option] = [], staffMode: Bool = false) {
        self.form = form
        self.districts = districts
        self.associations = associations
        self.staffMode = staffMode
    }

    public static let mock = AskPage(form: FormState(values: ["channel": "email"]), districts: [Form.Option("d1", "Vivalla")],
                                     associations: [Form.Option("a1", "Läxhjälpen Vivalla")])

    public func render(_ context: PageContext) -> String {
        let title = context.t(staffMode ? "inquiries.register.title" : "inquiries.ask.title")
        let topics = InquiryTopic.allCases.map { Form.Option($0.rawValue, context.t("inquiries.topic.\($0.rawValue)")) }
        let channels = AnswerChannel.allCases.map { Form.Option($0.rawValue, context.t("inquiries.channel.\($0.rawValue)")) }
        let action = staffMode ? SiteURL.staff(.newInquiry).path : SiteURL.inquiries(.ask).path
        // Staff registering a phone call or a letter are addressed as the handler, not as the one asking.
        func words(_ key: String, _ values: [String: String] = [:]) -> String {
            context.t(staffMode && context.words.catalog.has("inquiries.register.\(key)") ? "inquiries.register.\(key)" : "inquiries.\(key)", values)
        }
        return Layout.render(
            context, title: title,
            .h1(.safe(title)),
            // After an error the summary comes right under the heading (on a phone, "how it works" pushed it below the fold).
            .if(staffMode, .p(.class("lead"), .safe(context.t("inquiries.register.lead"))),
                else: .if(!form.hasErrors, .group(
                    .p(.class("lead"), .safe(context.t("inquiries.ask.lead"))),
                    .section(.class("easy-read"), .attr("aria-labelledby", "how-heading"),
                             .h2(.id("how-heading"), .safe(context.t("inquiries.ask.howHeading"))),
                             .ol(.forEach(1...4) { .li(.safe(context.t("inquiries.ask.how\($0)"))) }))
                ))),
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                .if(staffMode, Form.select(context, form, name: "receivedVia", label: context.t("inquiries.field.receivedVia"),
                                           options: [ReceivedVia.phone, .letter, .visit].map {
                                               Form.Option($0.rawValue, context.t("inquiries.via.\($0.rawValue)"))
                                           })),
                Form.select(context, form, name: "topic", label: context.t("inquiries.field.topic"),
                            hint: context.t("inquiries.field.topicHint"), options: topics, includeEmpty: context.t("form.chooseOne")),
                Form.field(context, form, name: "question", label: words("field.question"),
                           hint: words("field.questionHint", ["max": String(InquiryDraft.questionLimit)]),
                           kind: .textarea, required: true),
                Form.select(context, form, name: "districtID", label: context.t("inquiries.field.districtOptional"),
                            options: districts, includeEmpty: context.t("inquiries.field.noDistrict")),
                .if(!associations.isEmpty, Form.select(
                    context, form, name: "associationID", label: context.t("inquiries.field.association"),
                    hint: context.t("inquiries.field.associationHint"), options: associations,
                    includeEmpty: context.t("inquiries.field.asMyself"))),
                .fieldset(
                    .class("field-group"),
                    .element(named: "legend", nodes: [Node<HTML.BodyContext>.safe(words("contactLegend"))]),
                    Form.field(context, form, name: "name", label: words("field.name"), autocomplete: "name", required: true),
                    Form.select(context, form, name: "channel", label: words("field.channel"), options: channels),
                    Form.field(context, form, name: "email", label: context.t("inquiries.field.email"),
                               hint: words("field.emailHint"), kind: .email, autocomplete: "email"),
                    Form.field(context, form, name: "phone", label: context.t("inquiries.field.phone"), hint: words("field.phoneHint"),
                               kind: .tel, autocomplete: "tel"),
                    Form.field(context, form, name: "address", label: context.t("inquiries.field.address"),
                               hint: words("field.addressHint"), kind: .textarea, autocomplete: "street-address")
                ),
                .if(staffMode, Form.checkbox(form, name: "claim", label: context.t("inquiries.register.claim"),
                                             hint: context.t("inquiries.register.claimHint"))),
                .p(.class("hint"), .safe(context.t("inquiries.ask.publicRecord"))),
                Form.submit(context.t(staffMode ? "inquiries.register.submit" : "inquiries.ask.submit"))
            )
        )
    }
}
