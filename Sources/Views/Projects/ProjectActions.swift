import Plot
import Domain

/// The forms under a project for what the viewer may do on it — each shown only when
/// `ProjectRules` offers it, and each posting to its own URL.
public struct ProjectActions: Sendable {
    public enum Action: String, Sendable, Hashable {
        case status, update, invite, answer, remove, feature
    }

    public var canEdit: Bool
    public var moves: [ProjectStatus]
    public var canUpdate: Bool
    public var canInvite: Bool
    /// Invitations the viewer can answer: (party, name of the side invited).
    public var answerable: [Form.Option]
    /// Partners the owner can take off the project.
    public var removable: [Form.Option]
    public var canFeature: Bool
    public var featured: Bool
    /// Departments and companies that can be invited.
    public var departments: [Form.Option]
    /// The form that was sent and refused, with its values and problems.
    public var failed: Action?
    public var form: FormState

    public init(canEdit: Bool = false, moves: [ProjectStatus] = [], canUpdate: Bool = false, canInvite: Bool = false,
                answerable: [Form.Option] = [], removable: [Form.Option] = [], canFeature: Bool = false, featured: Bool = false,
                departments: [Form.Option] = [], failed: Action? = nil, form: FormState = FormState()) {
        self.canEdit = canEdit
        self.moves = moves
        self.canUpdate = canUpdate
        self.canInvite = canInvite
        self.answerable = answerable
        self.removable = removable
        self.canFeature = canFeature
        self.featured = featured
        self.departments = departments
        self.failed = failed
        self.form = form
    }

    public static let mock = ProjectActions(canEdit: true, moves: [.finished, .cancelled], canUpdate: true, canInvite: true,
                                            answerable: [Form.Option("d:x", "Grundskoleförvaltningen")], removable: [Form.Option("d:x", "Grundskoleförvaltningen")],
                                            canFeature: true, departments: [Form.Option("d:x", "Grundskoleförvaltningen")])

    var isEmpty: Bool {
        moves.isEmpty && !canUpdate && !canInvite && answerable.isEmpty && removable.isEmpty && !canFeature
    }

    /// The refused form as it was sent; otherwise empty, with the only side one can answer for chosen.
    private func state(_ action: Action) -> FormState {
        if failed == action { return form }
        if action == .answer, answerable.count == 1 { return FormState(values: ["party": answerable[0].value]) }
        return FormState()
    }

    public func render(_ context: PageContext, slug: String, status: ProjectStatus) -> Node<HTML.BodyContext> {
        let value = Parameter.value(slug)
        return .if(!isEmpty, .section(
            .class("project-actions"), .attr("aria-labelledby", "actions-heading"),
            .h2(.id("actions-heading"), .safe(context.t("projects.actions"))),
            .if(!answerable.isEmpty, Form.post(
                context, action: SiteURL.projects(.answer(value)).path,
                .h3(.safe(context.t("projects.answerTitle"))),
                Form.errorSummary(context, state(.answer)),
                Form.radioGroup(context, state(.answer), name: "party", legend: context.t("projects.answerFor"), options: answerable),
                .div(.class("button-row"),
                     .button(.type(.submit), .name("accept"), .value("yes"), .class("button"), .safe(context.t("projects.accept"))),
                     .button(.type(.submit), .name("accept"), .value("no"), .class("button button--secondary"), .safe(context.t("projects.decline"))))
            )),
            .if(canUpdate, Form.post(
                context, action: SiteURL.projects(.update(value)).path,
                .h3(.safe(context.t("projects.updateTitle"))),
                Form.errorSummary(context, state(.update)),
                Form.field(context, state(.update), name: "update", label: context.t("projects.field.update"), kind: .textarea, required: true),
                Form.submit(context.t("projects.publishUpdate"))
            )),
            .if(!moves.isEmpty, Form.post(
                context, action: SiteURL.projects(.status(value)).path,
                .h3(.safe(context.t("projects.statusTitle"))),
                Form.errorSummary(context, state(.status)),
                Form.radioGroup(context, state(.status), name: "status", legend: context.t("projects.field.newStatus"),
                                options: moves.map { Form.Option($0.rawValue, context.t("projects.status.\($0.rawValue)")) }),
                Form.field(context, state(.status), name: "note", label: context.t("projects.field.note"),
                           hint: context.t("projects.field.noteHint"), kind: .textarea),
                Form.submit(context.t("projects.changeStatus"))
            )),
            .if(canInvite, Form.post(
                context, action: SiteURL.projects(.invite(value)).path,
                .h3(.safe(context.t("projects.inviteTitle"))),
                .p(.safe(context.t("projects.inviteLead"))),
                Form.errorSummary(context, state(.invite)),
                Form.select(context, state(.invite), name: "department", label: context.t("projects.field.inviteDepartment"),
                            options: departments, includeEmpty: context.t("projects.noDepartment")),
                Form.field(context, state(.invite), name: "orgNumber", label: context.t("projects.field.inviteAssociation"),
                           hint: context.t("projects.field.inviteAssociationHint")),
                Form.select(context, state(.invite), name: "role", label: context.t("projects.field.role"),
                            options: PartnerRole.allCases.filter { $0 != .lead }.map { Form.Option($0.rawValue, context.t("projects.role.\($0.rawValue)")) }),
                Form.field(context, state(.invite), name: "commitment", label: context.t("projects.field.commitment"),
                           hint: context.t("projects.field.commitmentHint"), kind: .textarea),
                Form.submit(context.t("projects.invite"))
            )),
            .if(!removable.isEmpty, Form.post(
                context, action: SiteURL.projects(.remove(value)).path,
                .h3(.safe(context.t("projects.removeTitle"))),
                Form.errorSummary(context, state(.remove)),
                Form.select(context, state(.remove), name: "partner", label: context.t("projects.field.partner"), options: removable),
                Form.submit(context.t("projects.remove"), class: "button button--secondary")
            )),
            .if(canFeature, Form.post(
                context, action: SiteURL.projects(.feature(value)).path,
                .h3(.safe(context.t("projects.featureTitle"))),
                .p(.safe(context.t(featured ? "projects.featuredNow" : "projects.featureLead"))),
                .input(.type(.hidden), .name("featured"), .value(featured ? "no" : "yes")),
                Form.submit(context.t(featured ? "projects.unfeature" : "projects.feature"), class: "button button--secondary")
            ))
        ))
    }
}
