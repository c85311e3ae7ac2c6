import Foundation
import Plot
import Domain

/// One action: what, who answers for it, its principle and target, and its dated progress,
/// newest first; those who report on it get the form for the next line.
public struct ActionPage: Sendable {
    public struct Progress: Sendable, Hashable {
        public var day: CalendarDay
        public var status: ActionStatus
        public var note: String
        public var author: String

        public init(day: CalendarDay, status: ActionStatus, note: String, author: String) {
            (self.day, self.status, self.note, self.author) = (day, status, note, author)
        }
    }

    public var row: ActionRow
    public var description: String
    public var progress: [Progress]
    public var form: FormState?
    public var canManage: Bool

    public init(row: ActionRow, description: String, progress: [Progress], form: FormState?, canManage: Bool) {
        (self.row, self.description, self.progress, self.form, self.canManage) = (row, description, progress, form, canManage)
    }

    public static let mock = ActionPage(row: ActionPlanPage.mock.actions.items[0], description: "Varje stadsdel får en egen dag.",
                                        progress: [Progress(day: CalendarDay(2026, 9, 1), status: .started, note: "Fyra stadsdelar klara.", author: "Karin Ek")],
                                        form: FormState(values: ["day": "2026-11-16", "status": "started"]), canManage: true)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: row.title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.council(.actionPlan).path(query: [("year", String(row.firstYear))])),
                                        .safe("← " + context.t("actionPlan.title", ["year": String(row.firstYear)])))),
            .h1(.safe(row.title)),
            .dl(.class("summary-list"),
                .dt(.safe(context.t("actionPlan.field.status"))), .dd(.strong(.safe(context.t("actionPlan.status.\(row.status.rawValue)")))),
                .dt(.safe(context.t("actionPlan.field.owner"))), .dd(.safe(row.owner)),
                .dt(.safe(context.t("actionPlan.field.principle"))), .dd(.safe(row.principle.isEmpty ? "–" : row.principle)),
                .dt(.safe(context.t("actionPlan.field.target"))), .dd(.safe(row.target)),
                .dt(.safe(context.t("actionPlan.field.period"))), .dd(.safe(row.period))),
            .if(canManage, .p(.a(.class("button button--secondary"), .href(SiteURL.council(.editAction(.value(row.id))).path),
                                 .safe(context.t("actionPlan.edit"))))),
            .if(!description.isEmpty, RichText.render(description, headingOffset: 1)),
            .h2(.safe(context.t("actionPlan.progress"))),
            progress.isEmpty ? .p(.class("empty"), .safe(context.t("actionPlan.noProgress")))
                : .ol(.class("timeline"), .forEach(progress) { line in
                    .li(.h3(.safe(context.words.day(line.day) + " · " + context.t("actionPlan.status.\(line.status.rawValue)"))),
                        .if(!line.note.isEmpty, .p(.safe(line.note))),
                        .p(.class("meta"), .safe(line.author)))
                }),
            .unwrap(form) { form in
                .group(
                    .h2(.safe(context.t("actionPlan.report"))),
                    Form.post(
                        context, action: SiteURL.council(.action(.value(row.id))).path,
                        Form.errorSummary(context, form),
                        Form.field(context, form, name: "day", label: context.t("actionPlan.field.day"), kind: .date, required: true),
                        Form.radioGroup(context, form, name: "status", legend: context.t("actionPlan.field.status"),
                                        options: ActionStatus.allCases.map { Form.Option($0.rawValue, context.t("actionPlan.status.\($0.rawValue)")) }),
                        Form.field(context, form, name: "note", label: context.t("actionPlan.field.note"), hint: context.t("actionPlan.noteHint"),
                                   kind: .textarea),
                        Form.submit(context.t("actionPlan.save"))
                    )
                )
            }
        )
    }
}

/// The coordinator's form for an action: period, what, who answers for it, principle, target.
public struct ActionFormPage: Sendable {
    public var form: FormState
    public var owners: [Form.Option]
    public var principles: [Form.Option]
    public var id: String?

    public init(form: FormState, owners: [Form.Option], principles: [Form.Option], id: String? = nil) {
        (self.form, self.owners, self.principles, self.id) = (form, owners, principles, id)
    }

    public static let mock = ActionFormPage(form: FormState(), owners: [Form.Option("council", "Samverkansrådet")], principles: [Form.Option("p", "Dialog")])

    public func render(_ context: PageContext) -> String {
        let title = context.t(id == nil ? "actionPlan.new" : "actionPlan.edit")
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.council(.actionPlan).path), .safe("← " + context.t("actionPlan.plan")))),
            .h1(.safe(title)),
            Form.post(
                context, action: id.map { SiteURL.council(.editAction(.value($0))).path } ?? SiteURL.council(.newAction).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "firstYear", label: context.t("actionPlan.field.firstYear"), kind: .number, required: true),
                Form.field(context, form, name: "lastYear", label: context.t("actionPlan.field.lastYear"), hint: context.t("actionPlan.periodHint"),
                           kind: .number, required: true),
                Form.field(context, form, name: "title", label: context.t("actionPlan.field.title"), required: true),
                Form.field(context, form, name: "description", label: context.t("actionPlan.field.description"), kind: .textarea),
                Form.select(context, form, name: "owner", label: context.t("actionPlan.field.owner"), options: owners),
                Form.select(context, form, name: "principle", label: context.t("actionPlan.field.principle"), options: principles,
                            includeEmpty: context.t("actionPlan.noPrinciple")),
                Form.field(context, form, name: "target", label: context.t("actionPlan.field.target"), hint: context.t("actionPlan.targetHint"),
                           required: true),
                Form.submit(context.t("form.save"))
            )
        )
    }
}
