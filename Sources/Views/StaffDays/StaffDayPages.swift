import Plot
import Domain

/// A member of staff's own staff days with civil society: the form to record one, and the log.
public struct StaffDaysPage: Sendable {
    public var form: FormState
    public var goals: [Form.Option]
    public var rows: Paged<StaffDayRow>
    /// This year's days so far.
    public var halvesThisYear: Int
    public var oversees: Bool

    public init(form: FormState, goals: [Form.Option], rows: Paged<StaffDayRow>, halvesThisYear: Int, oversees: Bool) {
        (self.form, self.goals, self.rows, self.halvesThisYear, self.oversees) = (form, goals, rows, halvesThisYear, oversees)
    }

    public static let mock = StaffDaysPage(form: FormState(), goals: [Form.Option("3", "3. Hälsa och välbefinnande")],
                                           rows: Paged(items: [.mock], page: PageRequest(number: 1), total: 1), halvesThisYear: 5, oversees: true)

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("staffDays.title"),
            .h1(.safe(context.t("staffDays.title"))),
            .p(.class("lead"), .safe(context.t("staffDays.lead"))),
            .p(.strong(.safe(context.t("staffDays.thisYear", ["days": StaffDayForm.days(halvesThisYear, context)])))),
            .if(oversees, .p(.a(.href(SiteURL.staff(.departmentStaffDays).path), .safe(context.t("staffDays.department.link"))))),
            .p(.a(.href(SiteURL.staffDayFigures.path), .safe(context.t("staffDays.figures.link"))), .safe(" · "),
               .a(.href(SiteURL.volunteering(.list).path(query: [("staff", "on")])), .safe(context.t("staffDays.offers.link")))),
            Form.post(
                context, action: SiteURL.staff(.staffDays).path,
                .h2(.safe(context.t("staffDays.record"))),
                Form.errorSummary(context, form),
                StaffDayForm.fields(context, form, goals: goals),
                Form.submit(context.t("staffDays.save"))
            ),
            .h2(.safe(context.t("staffDays.log"))),
            DataTable.render(caption: context.t("staffDays.log"), headers: StaffDayRow.headers(context, withPerson: false),
                             rows: rows.items.map { $0.cells(context, withPerson: false) }, emptyText: context.t("staffDays.empty")),
            Pagination.nav(context, rows, path: SiteURL.staff(.staffDays).path, query: [])
        )
    }
}

/// Correcting one record (the person, their department's admin, an admin), or removing it.
public struct StaffDayEditPage: Sendable {
    public var id: String
    public var person: String
    public var form: FormState
    public var goals: [Form.Option]

    public init(id: String, person: String, form: FormState, goals: [Form.Option]) {
        (self.id, self.person, self.form, self.goals) = (id, person, form, goals)
    }

    public static let mock = StaffDayEditPage(id: "s1", person: "Lena Ek", form: FormState(), goals: [Form.Option("3", "3. Hälsa")])

    public func render(_ context: PageContext) -> String {
        let action = SiteURL.staff(.staffDay(.value(id))).path
        return Layout.render(
            context, title: context.t("staffDays.edit"),
            .p(.class("breadcrumb"), .a(.href(SiteURL.staff(.staffDays).path), .safe("← " + context.t("staffDays.title")))),
            .h1(.safe(context.t("staffDays.edit"))),
            .p(.safe(context.t("staffDays.person") + ": " + person)),
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                StaffDayForm.fields(context, form, goals: goals),
                Form.submit(context.t("staffDays.save"))
            ),
            Form.post(
                context, action: action,
                .input(.type(.hidden), .name("intent"), .value("remove")),
                Form.submit(context.t("staffDays.remove"), class: "button button--secondary")
            )
        )
    }
}
