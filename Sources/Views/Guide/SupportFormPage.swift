import Plot
import Domain

/// A department writes or changes a support offering. The easy-to-read text gets its LIX.
public struct SupportFormPage: Sendable {
    public var slug: String?
    /// The fields, the ticked categories among them.
    public var form: FormState
    public var departments: [Form.Option]
    public var easyReadLix: Lix?

    public init(slug: String?, form: FormState, departments: [Form.Option], easyReadLix: Lix? = nil) {
        self.slug = slug
        self.form = form
        self.departments = departments
        self.easyReadLix = easyReadLix
    }

    public static let mock = SupportFormPage(slug: "x", form: FormState(fields: FormFields([
        ("title", "Bidrag"), ("kind", "grant"), ("step", "1"), ("categories", "youth")])), departments: [Form.Option("d1", "Kultur- och fritidsförvaltningen")],
                                             easyReadLix: Lix(text: "Ni kan få pengar. Fråga oss."))

    public func render(_ context: PageContext) -> String {
        let title = slug == nil ? context.t("support.new") : context.t("support.editTitle", ["title": form["title"]])
        let action = slug.map { SiteURL.staff(.editSupport(.value($0))).path } ?? SiteURL.staff(.newSupport).path
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.staff(.supportList).path), .safe("← " + context.t("support.staffTitle")))),
            .h1(.safe(title)),
            .unwrap(easyReadLix) { Readability.summary(context, $0) },
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "title", label: context.t("support.field.title"), required: true),
                Form.select(context, form, name: "departmentID", label: context.t("inquiries.department"), options: departments),
                Form.select(context, form, name: "kind", label: context.t("support.field.kind"),
                            options: SupportKind.allCases.map { Form.Option($0.rawValue, context.t("support.kind.\($0.rawValue)")) },
                            includeEmpty: context.t("form.chooseOne")),
                Form.select(context, form, name: "step", label: context.t("support.field.step"), hint: context.t("support.field.stepHint"),
                            options: LadderStep.allCases.map { Form.Option(String($0.rawValue), context.t("guide.step.\($0.key).name")) },
                            includeEmpty: context.t("form.chooseOne")),
                Form.field(context, form, name: "easyRead", label: context.t("support.field.easyRead"),
                           hint: context.t("support.field.easyReadHint"), kind: .textarea, required: true),
                Form.field(context, form, name: "summary", label: context.t("support.field.summary"), kind: .textarea, required: true),
                Form.field(context, form, name: "conditions", label: context.t("support.field.conditions"), kind: .textarea),
                Form.checkbox(form, name: "requiresJoined", label: context.t("support.requiresJoined")),
                Form.checkbox(form, name: "requiresOrgNumber", label: context.t("support.requiresOrgNumber")),
                Form.field(context, form, name: "howToApply", label: context.t("support.field.howToApply"),
                           hint: context.t("support.field.howToApplyHint"), kind: .textarea, required: true),
                Form.field(context, form, name: "deadline", label: context.t("support.field.deadline"),
                           hint: context.t("support.field.deadlineHint"), kind: .date),
                Form.checkbox(form, name: "appliesElsewhere", label: context.t("support.field.appliesElsewhere"),
                              hint: context.t("support.field.appliesElsewhereHint")),
                Form.field(context, form, name: "externalURL", label: context.t("support.field.externalURL"),
                           hint: context.t("support.field.externalURLHint"), kind: .url),
                Form.checkboxGroup(context, form, name: "categories", legend: context.t("support.field.categories"),
                                   hint: context.t("support.field.categoriesHint"),
                                   options: AssociationCategory.allCases.map { Form.Option($0.rawValue, context.t("category.\($0.rawValue)")) }),
                Form.checkbox(form, name: "published", label: context.t("support.field.published")),
                Form.submit(context.t("form.save"))
            )
        )
    }
}

/// A department's offerings, drafts included, for its staff.
public struct SupportStaffPage: Sendable {
    public struct Row: Sendable, Hashable {
        public var slug: String
        public var title: String
        public var department: String
        public var isPublished: Bool

        public init(slug: String, title: String, department: String, isPublished: Bool) {
            self.slug = slug
            self.title = title
            self.department = department
            self.isPublished = isPublished
        }
    }

    public var rows: Paged<Row>

    public init(rows: Paged<Row>) {
        self.rows = rows
    }

    public static let mock = SupportStaffPage(rows: Paged(items: [Row(slug: "x", title: "Bidrag", department: "Kultur", isPublished: false)],
                                                          page: PageRequest(number: 1), total: 1))

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("support.staffTitle"),
            .h1(.safe(context.t("support.staffTitle"))),
            .p(.class("lead"), .safe(context.t("support.staffLead"))),
            .p(.a(.class("button"), .href(SiteURL.staff(.newSupport).path), .safe(context.t("support.new")))),
            DataTable.render(
                caption: context.t("support.count", ["total": context.words.total(rows)]),
                headers: [context.t("support.field.title"), context.t("inquiries.department"), context.t("inquiries.status")],
                rows: rows.items.map { row in [
                    .a(.href(SiteURL.staff(.editSupport(.value(row.slug))).path), .safe(row.title)), .safe(row.department),
                    .safe(context.t(row.isPublished ? "support.published" : "support.unpublished")),
                ] },
                emptyText: context.t("support.empty")),
            Pagination.nav(context, rows, path: SiteURL.staff(.supportList).path)
        )
    }
}
