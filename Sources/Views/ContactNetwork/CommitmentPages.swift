import Plot
import Domain

/// A department's commitments for the year and its report, as everyone reads them.
public struct CommitmentItem: Sendable, Hashable {
    public var slug: String
    public var department: String
    public var commitments: String
    public var report: String
    public var canWrite: Bool

    public init(slug: String, department: String, commitments: String, report: String, canWrite: Bool) {
        (self.slug, self.department, self.commitments, self.report, self.canWrite) = (slug, department, commitments, report, canWrite)
    }
}

/// `/kontaktnatet/ataganden?year=`: what each department and company committed to and how it
/// reported; who has not is said plainly, and counted at the top.
public struct CommitmentsPage: Sendable {
    public var year: Int
    public var years: [Int]
    public var items: [CommitmentItem]

    public init(year: Int, years: [Int], items: [CommitmentItem]) {
        (self.year, self.years, self.items) = (year, years, items)
    }

    public static let mock = CommitmentsPage(year: 2026, years: [2025, 2026, 2027], items: [
        CommitmentItem(slug: "kultur", department: "Kultur- och fritidsförvaltningen", commitments: "- Samråda med föreningarna om lokaler",
                       report: "Vi höll tre samråd.", canWrite: true),
        CommitmentItem(slug: "teknik", department: "Tekniska förvaltningen", commitments: "", report: "", canWrite: false),
    ])

    public func render(_ context: PageContext) -> String {
        let reported = items.filter { !$0.report.isEmpty }.count, written = items.filter { !$0.commitments.isEmpty }.count
        let title = context.t("commitments.title", ["year": String(year)])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.contactNetwork(.roster).path), .safe("← " + context.t("network.title")))),
            .h1(.safe(title)),
            .p(.class("lead"), .safe(context.t("commitments.lead"))),
            Form.get(SiteURL.contactNetwork(.commitments).path, class: "filter-form",
                     Form.select(context, FormState(values: ["year": String(year)]), name: "year", label: context.t("commitments.year"),
                                 options: years.map { Form.Option(String($0), String($0)) }),
                     Form.submit(context.t("form.filter"), class: "button button--secondary")),
            .p(.safe(context.t("commitments.counts", ["written": String(written), "reported": String(reported), "all": String(items.count)]))),
            .forEach(items) { item in
                .section(
                    .attr("aria-labelledby", "commitments-\(item.slug)"),
                    .h2(.id("commitments-\(item.slug)"), .safe(item.department)),
                    .h3(.safe(context.t("commitments.field.commitments"))),
                    item.commitments.isEmpty ? .p(.strong(.safe(context.t("commitments.none")))) : RichText.render(item.commitments, headingOffset: 2),
                    .h3(.safe(context.t("commitments.field.report"))),
                    item.report.isEmpty ? .p(.strong(.safe(context.t("commitments.notReported")))) : RichText.render(item.report, headingOffset: 2),
                    .if(item.canWrite, .p(.a(.href(SiteURL.contactNetwork(.departmentCommitments(.value(item.slug), .value(String(year)))).path),
                                             .safe(context.t("commitments.write", ["department": item.department])))))
                )
            }
        )
    }
}

/// A department's form for its commitments and report for a year.
public struct CommitmentFormPage: Sendable {
    public var department: String
    public var slug: String
    public var year: Int
    public var form: FormState

    public init(department: String, slug: String, year: Int, form: FormState) {
        (self.department, self.slug, self.year, self.form) = (department, slug, year, form)
    }

    public static let mock = CommitmentFormPage(department: "Kultur- och fritidsförvaltningen", slug: "kultur", year: 2026, form: FormState())

    public func render(_ context: PageContext) -> String {
        let title = context.t("commitments.formTitle", ["department": department, "year": String(year)])
        return Layout.render(
            context, title: title,
            .p(.class("breadcrumb"), .a(.href(SiteURL.contactNetwork(.commitments).path(query: [("year", String(year))])),
                                        .safe("← " + context.t("commitments.title", ["year": String(year)])))),
            .h1(.safe(title)),
            Form.post(
                context, action: SiteURL.contactNetwork(.departmentCommitments(.value(slug), .value(String(year)))).path,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "commitments", label: context.t("commitments.field.commitments"),
                           hint: context.t("commitments.commitmentsHint"), kind: .textarea, required: true),
                Form.field(context, form, name: "report", label: context.t("commitments.field.report"),
                           hint: context.t("commitments.reportHint"), kind: .textarea),
                Form.submit(context.t("form.save"))
            )
        )
    }
}
