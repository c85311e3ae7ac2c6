import Plot
import Domain
import Foundation

/// Edit a department's name, kind and entry point. The easy-to-read text gets its LIX after saving.
public struct DepartmentEditPage: Sendable {
    /// nil when creating a new department.
    public var id: DepartmentID?
    public var form: FormState
    public var easyReadLix: Lix?
    /// Since when the department has been in the agreement; nil when it has not joined.
    public var joinedSince: Date?
    public var endorsementForm: FormState

    public init(id: DepartmentID?, form: FormState, easyReadLix: Lix? = nil, joinedSince: Date? = nil, endorsementForm: FormState = FormState()) {
        self.id = id
        self.form = form
        self.easyReadLix = easyReadLix
        self.joinedSince = joinedSince
        self.endorsementForm = endorsementForm
    }

    public static let mock = DepartmentEditPage(
        id: .make(), form: FormState(values: ["name": "Socialförvaltningen", "kind": "department", "easyRead": "Vi hjälper dig. Ring oss."]),
        easyReadLix: Lix(text: "Vi hjälper dig. Ring oss.")
    )

    public func render(_ context: PageContext) -> String {
        let action = id.map { SiteURL.admin(.department(.id($0))).path } ?? SiteURL.admin(.newDepartment).path
        let title = id == nil ? context.t("admin.departments.new") : context.t("admin.department.title", ["name": form["name"]])
        return Layout.render(
            context, title: title,
            .p(.a(.href(SiteURL.admin(.departments).path), .safe("← " + context.t("admin.departments.title")))),
            .h1(.safe(title)),
            .unwrap(easyReadLix) { Readability.summary(context, $0) },
            Form.post(
                context, action: action,
                Form.errorSummary(context, form),
                Form.field(context, form, name: "name", label: context.t("admin.department.name"), required: true),
                Form.select(context, form, name: "kind", label: context.t("admin.department.kind"), options: [
                    Form.Option("department", context.t("departments.kind.department")),
                    Form.Option("company", context.t("departments.kind.company")),
                ]),
                Form.field(context, form, name: "email", label: context.t("departments.email"), kind: .email, required: true),
                Form.field(context, form, name: "phone", label: context.t("departments.phone"), kind: .tel, required: true),
                Form.field(context, form, name: "address", label: context.t("departments.address"), required: true),
                Form.field(context, form, name: "openingHours", label: context.t("departments.openingHours"), required: true),
                Form.field(context, form, name: "description", label: context.t("admin.department.description"), kind: .textarea),
                Form.field(context, form, name: "easyRead", label: context.t("admin.department.easyRead"),
                           hint: context.t("admin.department.easyReadHint"), kind: .textarea),
                Form.field(context, form, name: "answerDays", label: context.t("admin.department.answerDays"),
                           hint: context.t("admin.department.answerDaysHint"), kind: .number),
                Form.checkbox(form, name: "coordinator", label: context.t("admin.department.coordinator"),
                              hint: context.t("admin.department.coordinatorHint")),
                Form.submit(context.t("form.save"))
            ),
            .unwrap(id) { endorsement(context, $0) }
        )
    }

    /// Record the committee's decision to join the agreement, or to leave it.
    func endorsement(_ context: PageContext, _ id: DepartmentID) -> Node<HTML.BodyContext> {
        let joined = joinedSince != nil
        return .section(
            .attr("aria-labelledby", "endorsement-heading"),
            .h2(.id("endorsement-heading"), .safe(context.t("admin.department.endorsement"))),
            .p(.safe(joinedSince.map { context.t("associations.joinedSince", ["date": context.words.date($0)]) }
                     ?? context.t("associations.notJoined"))),
            Form.post(
                context, action: SiteURL.admin(.departmentEndorsement(.id(id))).path,
                Form.errorSummary(context, endorsementForm),
                .input(.type(.hidden), .name("kind"), .value(joined ? "withdrawn" : "joined")),
                Form.field(context, endorsementForm, name: "decidedOn", label: context.t("admin.department.decidedOn"),
                           kind: .date, required: true),
                Form.field(context, endorsementForm, name: "decisionReference", label: context.t("admin.department.decisionReference"),
                           hint: context.t("admin.department.decisionReferenceHint"), required: true),
                Form.submit(context.t(joined ? "admin.department.recordWithdrawal" : "admin.department.recordJoining"),
                            class: "button button--secondary")
            )
        )
    }
}
