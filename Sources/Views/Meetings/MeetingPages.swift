import Plot
import Domain

/// One meeting of the contact network or the council: when and where, the agenda, the minutes,
/// and who came and who did not.
public struct MeetingPage: Sendable {
    public var body: MeetingBody
    public var id: String
    public var day: CalendarDay
    public var place: String
    public var agenda: String
    public var minutes: String
    public var present: [String]
    public var absent: [String]
    public var held: Bool
    public var canManage: Bool

    public init(body: MeetingBody, id: String, day: CalendarDay, place: String, agenda: String, minutes: String, present: [String], absent: [String],
                held: Bool, canManage: Bool) {
        self.body = body
        (self.id, self.day, self.place, self.agenda, self.minutes) = (id, day, place, agenda, minutes)
        (self.present, self.absent, self.held, self.canManage) = (present, absent, held, canManage)
    }

    public static let mock = MeetingPage(
        body: .network, id: "0b8e2c9a-1d2e-4f5a-9b6c-7d8e9f0a1b2c", day: CalendarDay(2026, 10, 7), place: "Stadshuset, rum 3",
        agenda: "1. Årets uppföljning\n2. Föreningarnas dag", minutes: "Vi gick igenom uppföljningen.",
        present: ["Kultur- och fritidsförvaltningen"], absent: ["Tekniska förvaltningen"], held: true, canManage: true)

    public func render(_ context: PageContext) -> String {
        let title = context.t(body.key("meetingTitle"), ["day": context.words.day(day)])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(body.home), .safe("← " + context.t(body.key("title"))))),
            .h1(.safe(title)),
            .dl(.class("summary-list"), .dt(.safe(context.t("meeting.field.place"))), .dd(.safe(place))),
            .if(canManage, .p(.a(.class("button button--secondary"), .href(body.edit(id)),
                                 .safe(context.t("meeting.edit"))))),
            .h2(.safe(context.t("meeting.field.agenda"))),
            agenda.isEmpty ? .p(.class("empty"), .safe(context.t("meeting.noAgenda"))) : RichText.render(agenda, headingOffset: 1),
            .h2(.safe(context.t("meeting.field.minutes"))),
            minutes.isEmpty ? .p(.class("empty"), .safe(context.t("meeting.noMinutes"))) : RichText.render(minutes, headingOffset: 1),
            .if(held, .group(
                .h2(.safe(context.t("meeting.present", ["count": context.words.number(present.count)]))),
                present.isEmpty ? .p(.class("empty"), .safe(context.t("meeting.nobody"))) : .ul(.forEach(present) { .li(.safe($0)) }),
                .h2(.safe(context.t("meeting.absent", ["count": context.words.number(absent.count)]))),
                absent.isEmpty ? .p(.safe(context.t("meeting.everybody"))) : .ul(.forEach(absent) { .li(.safe($0)) })
            ))
        )
    }
}

/// The coordinator's form for a meeting: day, place, agenda, minutes and who came.
public struct MeetingFormPage: Sendable {
    public var body: MeetingBody
    public var form: FormState
    public var attendees: [Form.Option]
    /// The meeting's id when it is changed; nil for a new one.
    public var id: String?

    public init(body: MeetingBody, form: FormState, attendees: [Form.Option], id: String? = nil) {
        (self.body, self.form, self.attendees, self.id) = (body, form, attendees, id)
    }

    public static let mock = MeetingFormPage(body: .network, form: FormState(), attendees: [Form.Option("x", "Kultur- och fritidsförvaltningen")])

    public func render(_ context: PageContext) -> String {
        let title = context.t(id == nil ? "meeting.new" : "meeting.edit")
        let action = id.map(body.edit) ?? body.newMeeting
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(body.home), .safe("← " + context.t(body.key("title"))))),
            .h1(.safe(title)),
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "day", label: context.t("meeting.field.day"), kind: .date, required: true),
                Form.field(context, form, name: "place", label: context.t("meeting.field.place"), required: true),
                Form.field(context, form, name: "agenda", label: context.t("meeting.field.agenda"), kind: .textarea),
                Form.field(context, form, name: "minutes", label: context.t("meeting.field.minutes"), hint: context.t("meeting.minutesHint"),
                           kind: .textarea),
                Form.checkboxGroup(context, form, name: "present", legend: context.t("meeting.field.present"),
                                   hint: context.t(body.key("presentHint")), options: attendees),
                Form.submit(context.t("form.save"))
            )
        )
    }
}
