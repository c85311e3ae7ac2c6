import Plot
import Domain
import Foundation

/// One association's sign-up for a Föreningarnas dag, as its people and the organiser see it.
public struct ParticipationLine: Sendable, Hashable {
    public var id: String
    public var association: String
    public var associationSlug: String
    public var kind: ParticipationKind
    public var offer: String
    public var needs: [ParticipationNeed]
    public var otherNeeds: String
    public var status: ParticipationStatus
    public var reason: String

    public init(id: String, association: String, associationSlug: String, kind: ParticipationKind, offer: String,
                needs: [ParticipationNeed], otherNeeds: String, status: ParticipationStatus, reason: String) {
        (self.id, self.association, self.associationSlug, self.kind, self.offer) = (id, association, associationSlug, kind, offer)
        (self.needs, self.otherNeeds, self.status, self.reason) = (needs, otherNeeds, status, reason)
    }

    public static let mock = ParticipationLine(id: "p1", association: "Vivalla boxningsklubb", associationSlug: "vivalla-boxningsklubb",
                                               kind: .workshop, offer: "Prova på boxning för barn och unga, var trettionde minut.",
                                               needs: [.table], otherNeeds: "", status: .proposed, reason: "")

    func needsText(_ context: PageContext) -> String {
        let words = needs.map { context.t("participation.need.\($0.rawValue)") } + (otherNeeds.isEmpty ? [] : [otherNeeds])
        return words.isEmpty ? context.t("participation.noNeeds") : words.joined(separator: ", ")
    }

    func statusTag(_ context: PageContext) -> Node<HTML.BodyContext> {
        .span(.class("tag"), .safe(context.t("participation.status.\(status.rawValue)")))
    }
}

/// `/evenemang/{slug}/delta`: a representative signs a verified association up for a Föreningarnas
/// dag (how it takes part, what it offers, what it needs), sees where its sign-ups stand and may
/// withdraw one.
public struct TakePartPage: Sendable {
    public var event: EventSummary
    /// The associations this person may sign up (verified, not signed up yet).
    public var associations: [Form.Option]
    public var own: [ParticipationLine]
    public var isOpen: Bool
    public var form: FormState

    public init(event: EventSummary, associations: [Form.Option], own: [ParticipationLine], isOpen: Bool, form: FormState = FormState()) {
        (self.event, self.associations, self.own, self.isOpen, self.form) = (event, associations, own, isOpen, form)
    }

    public static let mock = TakePartPage(event: .mock, associations: [Form.Option("a1", "Vivalla boxningsklubb")], own: [.mock], isOpen: true)

    public func render(_ context: PageContext) -> String {
        let title = context.t("participation.takePartTitle", ["title": event.title])
        let action = SiteURL.events(.takePart(.value(event.slug))).path
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.events(.show(.value(event.slug))).path), .safe("← " + event.title))),
            .h1(.safe(title)),
            .p(.strong(.safe(event.when(context))), .safe(" · " + event.whereText(context))),
            .p(.safe(context.t("participation.takePartLead"))),
            .if(!own.isEmpty, .group(
                .h2(.safe(context.t("participation.ownTitle"))),
                .ul(.class("plain-list"), .forEach(own) { line in
                    .li(.strong(.safe(line.association)), .safe(" · " + context.t("participation.kind.\(line.kind.rawValue)") + " · "),
                        .component(line.statusTag(context)),
                        .if(!line.reason.isEmpty, .p(.safe(context.t("participation.reasonGiven", ["reason": line.reason])))),
                        .if(line.status.isActive && isOpen, Form.post(
                            context, action: SiteURL.events(.withdraw(.value(event.slug), .value(line.id))).path,
                            .button(.type(.submit), .class("button button--secondary"), .safe(context.t("participation.withdraw")),
                                    .span(.class("visually-hidden"), .safe(" " + context.t("participation.withdrawFor", ["association": line.association]))))
                        )))
                })
            )),
            .if(!isOpen, .p(.class("notice"), .safe(context.t("participation.closed")))),
            .if(isOpen && associations.isEmpty && own.isEmpty, .p(.class("notice"), .safe(context.t("participation.noAssociation")))),
            .if(isOpen && !associations.isEmpty, Form.post(
                context, action: action, id: "take-part",
                .h2(.safe(context.t("participation.formTitle"))),
                Form.errorSummary(context, form),
                Form.radioGroup(context, form.choosingOnly(associations, for: "association"), name: "association", legend: context.t("participation.for"), options: associations),
                Form.radioGroup(context, form, name: "kind", legend: context.t("participation.field.kind"),
                                options: ParticipationKind.allCases.map { Form.Option($0.rawValue, context.t("participation.kind.\($0.rawValue)")) }),
                Form.field(context, form, name: "offer", label: context.t("participation.field.offer"),
                           hint: context.t("participation.field.offerHint"), kind: .textarea, required: true),
                Form.checkboxGroup(context, form, name: "needs", legend: context.t("participation.field.needs"),
                                   options: ParticipationNeed.allCases.map { Form.Option($0.rawValue, context.t("participation.need.\($0.rawValue)")) }),
                Form.field(context, form, name: "otherNeeds", label: context.t("participation.field.otherNeeds")),
                Form.submit(context.t("participation.submit"))
            ))
        )
    }
}

/// `/evenemang/{slug}/program`: the associations taking part (confirmed only) and what each
/// offers, by how they take part; prints as the day's programme.
public struct ProgrammePage: Sendable {
    public var event: EventSummary
    public var address: String
    public var lines: [ParticipationLine]

    public init(event: EventSummary, address: String, lines: [ParticipationLine]) {
        (self.event, self.address, self.lines) = (event, address, lines)
    }

    public static let mock = ProgrammePage(event: .mock, address: "Vivalla torg 1", lines: [.mock])

    public func render(_ context: PageContext) -> String {
        let title = context.t("participation.programmeTitle", ["title": event.title])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb no-print"), .a(.href(SiteURL.events(.show(.value(event.slug))).path), .safe("← " + event.title))),
            .h1(.safe(title)),
            .p(.class("lead"), .strong(.safe(event.when(context))), .br(), .safe(event.whereText(context)),
               .if(!address.isEmpty, .group(.br(), .safe(address)))),
            .if(lines.isEmpty, .p(.safe(context.t("participation.none")))),
            .forEach(ParticipationKind.allCases) { kind in
                let ofKind = lines.filter { $0.kind == kind }
                return .if(!ofKind.isEmpty, .group(
                    .h2(.safe(context.t("participation.kinds.\(kind.rawValue)"))),
                    .ul(.class("plain-list"), .forEach(ofKind) { line in
                        .li(.strong(.a(.href(SiteURL.associations(.show(.value(line.associationSlug))).path), .safe(line.association))),
                            .br(), .safe(line.offer))
                    })
                ))
            },
            .p(.class("no-print"), .safe(context.t("participation.printHint")))
        )
    }
}

/// `/evenemang/{slug}/deltagare`: the organiser's list of every sign-up — how each takes part,
/// what it needs (tables, electricity), where it stands — each linked to its page to confirm.
public struct ParticipantsPage: Sendable {
    public var event: EventSummary
    public var lines: [ParticipationLine]

    public init(event: EventSummary, lines: [ParticipationLine]) {
        (self.event, self.lines) = (event, lines)
    }

    public static let mock = ParticipantsPage(event: .mock, lines: [.mock])

    public func render(_ context: PageContext) -> String {
        let title = context.t("participation.participantsTitle", ["title": event.title])
        let needed = ParticipationNeed.allCases.map { need in
            context.t("participation.needCount.\(need.rawValue)",
                      ["count": context.words.number(lines.filter { $0.status.isActive && $0.needs.contains(need) }.count)])
        }
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb no-print"), .a(.href(SiteURL.events(.show(.value(event.slug))).path), .safe("← " + event.title))),
            .h1(.safe(title)),
            .p(.safe(needed.joined(separator: " · "))),
            .if(lines.isEmpty, .p(.safe(context.t("participation.noneYet")))),
            .if(!lines.isEmpty, .table(
                .class("table"),
                .thead(.tr(.th(.safe(context.t("participation.association"))), .th(.safe(context.t("participation.field.kind"))),
                           .th(.safe(context.t("participation.field.offer"))), .th(.safe(context.t("participation.field.needs"))),
                           .th(.safe(context.t("participation.statusHeading"))))),
                .tbody(.forEach(lines) { line in
                    .tr(.td(.a(.href(SiteURL.events(.participant(.value(event.slug), .value(line.id))).path), .safe(line.association))),
                        .td(.safe(context.t("participation.kind.\(line.kind.rawValue)"))), .td(.safe(line.offer)),
                        .td(.safe(line.needsText(context))), .td(line.statusTag(context)))
                })
            )),
            .p(.class("no-print"), .a(.href(SiteURL.events(.programme(.value(event.slug))).path), .safe(context.t("participation.programmeLink"))))
        )
    }
}

/// `/evenemang/{slug}/deltagare/{id}`: one sign-up, and the organiser's word on it — confirm (it
/// goes into the programme) or "not this time" with a reason; the association is told either way.
public struct ParticipantPage: Sendable {
    public var event: EventSummary
    public var line: ParticipationLine
    public var form: FormState

    public init(event: EventSummary, line: ParticipationLine, form: FormState = FormState()) {
        (self.event, self.line, self.form) = (event, line, form)
    }

    public static let mock = ParticipantPage(event: .mock, line: .mock)

    public func render(_ context: PageContext) -> String {
        let action = SiteURL.events(.participant(.value(event.slug), .value(line.id))).path
        return Layout.render(
            context, title: line.association,
            .p(.class("breadcrumb"), .a(.href(SiteURL.events(.participants(.value(event.slug))).path),
                                        .safe("← " + context.t("participation.participantsTitle", ["title": event.title])))),
            .h1(.safe(line.association)),
            .dl(
                .class("summary-list"),
                .dt(.safe(context.t("participation.field.kind"))), .dd(.safe(context.t("participation.kind.\(line.kind.rawValue)"))),
                .dt(.safe(context.t("participation.field.offer"))), .dd(.safe(line.offer)),
                .dt(.safe(context.t("participation.field.needs"))), .dd(.safe(line.needsText(context))),
                .dt(.safe(context.t("participation.statusHeading"))), .dd(line.statusTag(context)),
                .if(!line.reason.isEmpty, .group(.dt(.safe(context.t("calls.reason"))), .dd(.safe(line.reason))))
            ),
            .if(line.status == .proposed, AnswerDecisionForms.render(context, area: "participation", action: action, form: form))
        )
    }
}
