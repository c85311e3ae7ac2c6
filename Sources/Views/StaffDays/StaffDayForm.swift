import Plot
import Domain

/// The fields of a staff day, for recording one and for correcting it.
enum StaffDayForm {
    static func fields(_ context: PageContext, _ form: FormState, goals: [Form.Option]) -> Node<HTML.FormContext> {
        .group(
            Form.field(context, form, name: "day", label: context.t("staffDays.field.day"), kind: .date, required: true),
            Form.radioGroup(context, form, name: "length", legend: context.t("staffDays.field.length"),
                            options: StaffDayLength.allCases.map { Form.Option($0.rawValue, context.t("staffDays.length.\($0.rawValue)")) }),
            Form.field(context, form, name: "association", label: context.t("staffDays.field.association"),
                       hint: context.t("staffDays.field.associationHint")),
            Form.select(context, form, name: "activity", label: context.t("staffDays.field.activity"),
                        options: StaffDayActivity.allCases.map { Form.Option($0.rawValue, context.t("staffDays.activity.\($0.rawValue)")) }),
            Form.checkboxGroup(context, form, name: "goals", legend: context.t("projects.field.goals"), options: goals),
            Form.field(context, form, name: "note", label: context.t("staffDays.field.note"), kind: .textarea)
        )
    }

    /// "1", "0,5", "12,5": days in the reader's way of writing decimals.
    static func days(_ halves: Int, _ context: PageContext) -> String {
        let whole = String(halves / 2)
        return halves % 2 == 0 ? whole : whole + (context.language == .sv ? ",5" : ".5")
    }
}

/// One row of a log: the day, how long, with whom, what, the goals; the person when a department's admin reads it.
public struct StaffDayRow: Sendable, Hashable {
    public var id: String
    public var day: CalendarDay
    public var halves: Int
    public var association: String
    public var activity: StaffDayActivity
    public var goals: [Sdg]
    public var person: String

    public init(id: String, day: CalendarDay, halves: Int, association: String, activity: StaffDayActivity, goals: [Sdg], person: String = "") {
        (self.id, self.day, self.halves, self.association, self.activity, self.goals, self.person) = (id, day, halves, association, activity, goals, person)
    }

    public static let mock = StaffDayRow(id: "s1", day: CalendarDay(2027, 3, 4), halves: 2, association: "Vivalla IF", activity: .volunteered,
                                         goals: [Sdg(3)!, Sdg(10)!], person: "Lena Ek")

    func cells(_ context: PageContext, withPerson: Bool) -> [Node<HTML.BodyContext>] {
        let first: [Node<HTML.BodyContext>] = withPerson ? [.safe(person)] : []
        return first + [
            .a(.href(SiteURL.staff(.staffDay(.value(id))).path), .safe(context.words.day(day))),
            .safe(StaffDayForm.days(halves, context)), .safe(association), .safe(context.t("staffDays.activity.\(activity.rawValue)")),
            .safe(goals.map { String($0.number) }.joined(separator: ", ")),
        ]
    }

    static func headers(_ context: PageContext, withPerson: Bool) -> [String] {
        (withPerson ? [context.t("staffDays.person")] : []) + [
            context.t("staffDays.field.day"), context.t("staffDays.days"), context.t("staffDays.field.association"),
            context.t("staffDays.field.activity"), context.t("projects.field.goals"),
        ]
    }
}
