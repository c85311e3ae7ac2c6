import Plot
import Domain
import Foundation

/// A representative answers a call for one of their verified associations: what it can do, who, when.
public struct CallRespondPage: Sendable {
    public var call: CallSummary
    /// The associations this person may answer for (verified, not yet answered).
    public var associations: [Form.Option]
    public var form: FormState

    public init(call: CallSummary, associations: [Form.Option], form: FormState = FormState()) {
        self.call = call
        self.associations = associations
        self.form = form
    }

    public static let mock = CallRespondPage(call: .mock, associations: [Form.Option("a1", "NPF-föreningen Vägvisaren")])

    public func render(_ context: PageContext) -> String {
        let title = context.t("calls.respondTitle", ["title": call.title])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.calls(.show(.value(call.slug))).path), .safe("← " + call.title))),
            .h1(.safe(title)),
            .p(.strong(.safe(call.when(context.words)))),
            .if(associations.isEmpty, .p(.class("notice"), .safe(context.t("calls.refusal.noAssociation")))),
            .if(!associations.isEmpty, Form.post(
                context, action: SiteURL.calls(.respond(.value(call.slug))).path,
                Form.errorSummary(context, form),
                Form.radioGroup(context, form.choosingOnly(associations, for: "association"), name: "association", legend: context.t("calls.answerFor"), options: associations),
                Form.field(context, form, name: "what", label: context.t("calls.field.what"), hint: context.t("calls.field.whatHint"),
                           kind: .textarea, required: true),
                Form.field(context, form, name: "who", label: context.t("calls.field.who"), kind: .textarea),
                Form.field(context, form, name: "when", label: context.t("calls.field.when"), kind: .textarea),
                Form.submit(context.t("calls.sendAnswer"))
            ))
        )
    }
}

/// The department reads one answer and gives its word: chosen (a project starts with the
/// association as a confirmed partner) or not this time, with a reason.
public struct CallAnswerPage: Sendable {
    public var call: CallSummary
    public var answerID: String
    public var association: String
    public var associationSlug: String
    public var what: String
    public var who: String
    public var when: String
    public var status: CallAnswerStatus
    public var reason: String
    /// The project a chosen answer became.
    public var project: ProjectSummary?
    public var form: FormState

    public init(call: CallSummary, answerID: String, association: String, associationSlug: String, what: String, who: String, when: String,
                status: CallAnswerStatus, reason: String, project: ProjectSummary?, form: FormState = FormState()) {
        self.call = call
        self.answerID = answerID
        self.association = association
        self.associationSlug = associationSlug
        self.what = what
        self.who = who
        self.when = when
        self.status = status
        self.reason = reason
        self.project = project
        self.form = form
    }

    public static let mock = CallAnswerPage(call: .mock, answerID: "x", association: "NPF-föreningen Vägvisaren", associationSlug: "npf",
                                            what: "Vi håller en utbildning om NPF för lärare.", who: "Två föreläsare", when: "I januari",
                                            status: .submitted, reason: "", project: nil)

    public func render(_ context: PageContext) -> String {
        let title = context.t("calls.answerTitle", ["association": association])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.calls(.show(.value(call.slug))).path), .safe("← " + call.title))),
            .h1(.safe(title)),
            .p(.span(.class("tag"), .safe(context.t("calls.answerStatus.\(status.rawValue)")))),
            .p(.a(.href(SiteURL.associations(.show(.value(associationSlug))).path), .safe(context.t("calls.aboutAssociation", ["name": association])))),
            .h2(.safe(context.t("calls.field.what"))), .p(.safe(what)),
            .if(!who.isEmpty, .group(.h2(.safe(context.t("calls.field.who"))), .p(.safe(who)))),
            .if(!when.isEmpty, .group(.h2(.safe(context.t("calls.field.when"))), .p(.safe(when)))),
            .if(status == .declined, .group(.h2(.safe(context.t("calls.reason"))), .p(.safe(reason)))),
            .unwrap(project) { $0.render(context, headingLevel: 2) },
            .if(status == .submitted, AnswerDecisionForms.render(context, area: "calls", action: SiteURL.calls(.answer(.value(call.slug), .value(answerID))).path,
                                                             form: form))
        )
    }
}
