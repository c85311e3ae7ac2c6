import Plot
import Domain

/// One meeting of the contact network: when and where, the agenda, the minutes, and which
/// departments and companies came and which did not.
public struct NetworkMeetingPage: Sendable {
    public var id: String
    public var day: CalendarDay
    public var place: String
    public var agenda: String
    public var minutes: String
    public var present: [String]
    public var absent: [String]
    public var held: Bool
    public var canManage: Bool

    public init(id: String, day: CalendarDay, place: String, agenda: String, minutes: String, present: [String], absent: [String], held: Bool,
                canManage: Bool) {
        (self.id, self.day, self.place, self.agenda, self.minutes) = (id, day, place, agenda, minutes)
        (self.present, self.absent, self.held, self.canManage) = (present, absent, held, canManage)
    }

    public static let mock = NetworkMeetingPage(
        id: "0b8e2c9a-1d2e-4f5a-9b6c-7d8e9f0a1b2c", day: CalendarDay(2026, 10, 7), place: "Stadshuset, rum 3",
        agenda: "1. Årets uppföljning\n2. Föreningarnas dag", minutes: "Vi gick igenom uppföljningen.",
        present: ["Kultur- och fritidsförvaltningen"], absent: ["Tekniska förvaltningen"], held: true, canManage: true)

    public func render(_ context: PageContext) -> String {
        let title = context.t("network.meetingTitle", ["day": context.words.day(day)])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.contactNetwork(.roster).path), .safe("← " + context.t("network.title")))),
            .h1(.safe(title)),
            .dl(.class("summary-list"), .dt(.safe(context.t("network.field.place"))), .dd(.safe(place))),
            .if(canManage, .p(.a(.class("button button--secondary"), .href(SiteURL.contactNetwork(.editMeeting(.value(id))).path),
                                 .safe(context.t("network.edit"))))),
            .h2(.safe(context.t("network.field.agenda"))),
            agenda.isEmpty ? .p(.class("empty"), .safe(context.t("network.noAgenda"))) : RichText.render(agenda, headingOffset: 1),
            .h2(.safe(context.t("network.field.minutes"))),
            minutes.isEmpty ? .p(.class("empty"), .safe(context.t("network.noMinutes"))) : RichText.render(minutes, headingOffset: 1),
            .if(held, .group(
                .h2(.safe(context.t("network.present", ["count": context.words.number(present.count)]))),
                present.isEmpty ? .p(.class("empty"), .safe(context.t("network.nobody"))) : .ul(.forEach(present) { .li(.safe($0)) }),
                .h2(.safe(context.t("network.absent", ["count": context.words.number(absent.count)]))),
                absent.isEmpty ? .p(.safe(context.t("network.everybody"))) : .ul(.forEach(absent) { .li(.safe($0)) })
            ))
        )
    }
}

/// The coordinator's form for a meeting: day, place, agenda, minutes and who came.
public struct NetworkMeetingFormPage: Sendable {
    public var form: FormState
    public var departments: [Form.Option]
    /// The meeting's id when it is changed; nil for a new one.
    public var id: String?

    public init(form: FormState, departments: [Form.Option], id: String? = nil) {
        (self.form, self.departments, self.id) = (form, departments, id)
    }

    public static let mock = NetworkMeetingFormPage(form: FormState(), departments: [Form.Option("x", "Kultur- och fritidsförvaltningen")])

    public func render(_ context: PageContext) -> String {
        let title = context.t(id == nil ? "network.newMeeting" : "network.edit")
        let action = id.map { SiteURL.contactNetwork(.editMeeting(.value($0))).path } ?? SiteURL.contactNetwork(.newMeeting).path
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.contactNetwork(.roster).path), .safe("← " + context.t("network.title")))),
            .h1(.safe(title)),
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "day", label: context.t("network.field.day"), kind: .date, required: true),
                Form.field(context, form, name: "place", label: context.t("network.field.place"), required: true),
                Form.field(context, form, name: "agenda", label: context.t("network.field.agenda"), kind: .textarea),
                Form.field(context, form, name: "minutes", label: context.t("network.field.minutes"), hint: context.t("network.minutesHint"),
                           kind: .textarea),
                Form.checkboxGroup(context, form, name: "present", legend: context.t("network.field.present"),
                                   hint: context.t("network.presentHint"), options: departments),
                Form.submit(context.t("form.save"))
            )
        )
    }
}
