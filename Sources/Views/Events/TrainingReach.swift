import Plot
import Domain

/// A training on the agreement asks who comes as what (staff, politician, association, resident)
/// and the department of staff and politicians; its organiser sees who came, counted so.
enum AttendeeFields {
    static func render(_ context: PageContext, _ form: FormState, departments: [Form.Option]) -> Node<HTML.FormContext> {
        .group(
            Form.radioGroup(context, form, name: "group", legend: context.t("events.register.group"),
                            options: AttendeeGroup.allCases.map { Form.Option($0.rawValue, context.t("attendeeGroup.\($0.rawValue)")) }),
            Form.select(context, form, name: "department", label: context.t("events.register.department"),
                        hint: context.t("events.register.departmentHint"), options: departments,
                        includeEmpty: context.t("events.register.noDepartment"))
        )
    }
}

/// The organiser's count of a training: how many came, per group and per department.
public struct TrainingReach: Sendable {
    /// Who came, per group (a registration from before the question has none: counted apart).
    public var byGroup: [AttendeeGroup?: Int]
    /// Staff and politicians who came, per department's name.
    public var byDepartment: [(name: String, count: Int)]

    public init(byGroup: [AttendeeGroup?: Int], byDepartment: [(name: String, count: Int)]) {
        (self.byGroup, self.byDepartment) = (byGroup, byDepartment)
    }

    func render(_ context: PageContext) -> Node<HTML.BodyContext> {
        let groups: [AttendeeGroup?] = AttendeeGroup.allCases + [nil]
        return .section(
            .attr("aria-labelledby", "reach-heading"),
            .h2(.id("reach-heading"), .safe(context.t("events.reach.title"))),
            .p(.class("hint"), .safe(context.t("events.reach.lead"))),
            DataTable.render(
                caption: context.t("events.reach.byGroup"), headers: [context.t("events.reach.group"), context.t("events.registrations.attended")],
                rows: groups.filter { $0 != nil || byGroup[nil] != nil }.map { group in
                    [.safe(context.t(group.map { "attendeeGroup.\($0.rawValue)" } ?? "attendeeGroup.unknown")),
                     .safe(context.words.number(byGroup[group] ?? 0))]
                }, emptyText: ""),
            DataTable.render(
                caption: context.t("events.reach.byDepartment"), headers: [context.t("events.reach.department"), context.t("events.registrations.attended")],
                rows: byDepartment.map { [.safe($0.name), .safe(context.words.number($0.count))] }, emptyText: context.t("events.reach.noDepartment"))
        )
    }
}
