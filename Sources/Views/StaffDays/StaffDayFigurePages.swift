import Plot
import Domain

/// A department's figure for a year: days recorded against its target.
public struct StaffDayProgress: Sendable, Hashable {
    public var department: String
    public var halves: Int
    public var target: StaffDayTarget?

    public init(department: String, halves: Int, target: StaffDayTarget?) {
        (self.department, self.halves, self.target) = (department, halves, target)
    }

    public static let mock = StaffDayProgress(department: "Kultur- och fritidsförvaltningen", halves: 41,
                                              target: StaffDayTarget(daysPerEmployee: 12, headCount: 4))

    public var percent: Int? {
        guard let target, target.days > 0 else { return nil }
        return Int((Double(halves) / 2 / target.days * 100).rounded())
    }

    func cells(_ context: PageContext) -> [Node<HTML.BodyContext>] {
        [.safe(department), .safe(StaffDayForm.days(halves, context)),
         .safe(target.map { context.words.decimal($0.days) } ?? context.t("staffDays.noTarget")),
         .safe(percent.map { "\($0) %" } ?? "–")]
    }

    static func headers(_ context: PageContext) -> [String] {
        [context.t("staffDays.department"), context.t("staffDays.days"), context.t("staffDays.target"), context.t("staffDays.progress")]
    }
}

/// The public figures, without names: days per department against the target, and per goal.
public struct StaffDayFiguresPage: Sendable {
    public var year: Int
    public var years: [Int]
    public var departments: [StaffDayProgress]
    /// Each goal's name ("3. Good health"), with the days that served it.
    public var goals: [(goal: String, halves: Int)]
    public var associations: Int
    /// The associations that received the most days (so each can see its own), with their days.
    public var perAssociation: [(name: String, halves: Int)]

    public init(year: Int, years: [Int], departments: [StaffDayProgress], goals: [(goal: String, halves: Int)], associations: Int,
                perAssociation: [(name: String, halves: Int)] = []) {
        (self.year, self.years, self.departments, self.goals, self.associations) = (year, years, departments, goals, associations)
        self.perAssociation = perAssociation
    }

    public static let mock = StaffDayFiguresPage(year: 2027, years: [2026, 2027], departments: [.mock], goals: [("3. Hälsa och välbefinnande", 12)],
                                                 associations: 9, perAssociation: [("Vivalla IF", 7)])

    public func render(_ context: PageContext) -> String {
        let state = FormState(values: ["year": String(year)])
        return Layout.render(
            context, title: context.t("staffDays.figures.title"),
            .h1(.safe(context.t("staffDays.figures.title"))),
            .p(.class("lead"), .safe(context.t("staffDays.figures.lead"))),
            Form.get(SiteURL.staffDayFigures.path, class: "filter-form",
                     Form.select(context, state, name: "year", label: context.t("staffDays.year"), options: years.map { Form.Option(String($0), String($0)) }),
                     Form.submit(context.t("form.filter"), class: "button button--secondary")),
            .p(.safe(context.t("staffDays.figures.associations", ["count": context.words.number(associations)]))),
            DataTable.render(caption: context.t("staffDays.figures.perDepartment", ["year": String(year)]), headers: StaffDayProgress.headers(context),
                             rows: departments.map { $0.cells(context) }, emptyText: context.t("staffDays.figures.empty")),
            DataTable.render(caption: context.t("staffDays.figures.perGoal", ["year": String(year)]),
                             headers: [context.t("projects.field.goals"), context.t("staffDays.days")],
                             rows: goals.map { [.safe($0.goal), .safe(StaffDayForm.days($0.halves, context))] },
                             emptyText: context.t("staffDays.figures.empty")),
            DataTable.render(caption: context.t("staffDays.figures.perAssociation", ["year": String(year)]),
                             headers: [context.t("staffDays.field.association"), context.t("staffDays.days")],
                             rows: perAssociation.map { [.safe($0.name), .safe(StaffDayForm.days($0.halves, context))] },
                             emptyText: context.t("staffDays.figures.empty"))
        )
    }
}

/// A department's year, for its department admin (or an admin): progress, the target, every record.
public struct DepartmentStaffDaysPage: Sendable {
    public var year: Int
    public var progress: StaffDayProgress
    public var rows: Paged<StaffDayRow>
    public var form: FormState
    /// Admins choose the department; a department admin sees their own.
    public var departments: [Form.Option]
    public var department: String

    public init(year: Int, progress: StaffDayProgress, rows: Paged<StaffDayRow>, form: FormState, departments: [Form.Option], department: String) {
        (self.year, self.progress, self.rows, self.form, self.departments, self.department) = (year, progress, rows, form, departments, department)
    }

    public static let mock = DepartmentStaffDaysPage(year: 2027, progress: .mock, rows: Paged(items: [.mock], page: PageRequest(number: 1), total: 1),
                                                     form: FormState(), departments: [Form.Option("d1", "Kultur- och fritidsförvaltningen")], department: "d1")

    public func render(_ context: PageContext) -> String {
        let title = context.t("staffDays.department.title", ["department": progress.department, "year": String(year)])
        let query: [(String, String?)] = [("year", String(year)), ("department", department)]
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.staff(.staffDays).path), .safe("← " + context.t("staffDays.title")))),
            .h1(.safe(title)),
            Form.get(SiteURL.staff(.departmentStaffDays).path, class: "filter-form",
                     .if(departments.count > 1, Form.select(context, FormState(values: ["department": department]), name: "department",
                                                            label: context.t("staffDays.department"), options: departments)),
                     Form.field(context, FormState(values: ["year": String(year)]), name: "year", label: context.t("staffDays.year"), kind: .number),
                     Form.submit(context.t("form.filter"), class: "button button--secondary")),
            DataTable.render(caption: title, headers: StaffDayProgress.headers(context), rows: [progress.cells(context)], emptyText: ""),
            Form.post(
                context, action: SiteURL.staff(.staffDayTarget).path,
                .h2(.safe(context.t("staffDays.target.title"))),
                .p(.safe(context.t("staffDays.target.lead"))),
                Form.errorSummary(context, form),
                .input(.type(.hidden), .name("department"), .value(department)),
                .input(.type(.hidden), .name("year"), .value(String(year))),
                Form.field(context, form, name: "daysPerEmployee", label: context.t("staffDays.target.perEmployee"),
                           hint: context.t("staffDays.target.perEmployeeHint"), required: true),
                Form.field(context, form, name: "headCount", label: context.t("staffDays.target.headCount"), kind: .number, required: true),
                Form.submit(context.t("staffDays.target.save"))
            ),
            .h2(.safe(context.t("staffDays.department.records"))),
            DataTable.render(caption: context.t("staffDays.department.records"), headers: StaffDayRow.headers(context, withPerson: true),
                             rows: rows.items.map { $0.cells(context, withPerson: true) }, emptyText: context.t("staffDays.empty")),
            Pagination.nav(context, rows, path: SiteURL.staff(.departmentStaffDays).path, query: query)
        )
    }
}
