import Plot
import Domain

/// Who speaks for the association; invite another person, or leave.
public struct RepresentativesPage: Sendable {
    public var slug: String
    public var name: String
    public var representatives: [String]
    public var pendingInvitations: [String]
    public var canLeave: Bool
    /// Only a verified association invites; until then the page says so instead of a form.
    public var canInvite: Bool
    public var form: FormState

    public init(slug: String, name: String, representatives: [String], pendingInvitations: [String], canLeave: Bool,
                canInvite: Bool = true, form: FormState = FormState()) {
        self.slug = slug
        self.name = name
        self.representatives = representatives
        self.pendingInvitations = pendingInvitations
        self.canLeave = canLeave
        self.canInvite = canInvite
        self.form = form
    }

    public static let mock = RepresentativesPage(slug: "x", name: "Vivalla fotbollsklubb (exempel)",
                                                 representatives: ["Kim", "Alex"], pendingInvitations: ["ny@example.org"], canLeave: true)

    public func render(_ context: PageContext) -> String {
        let slug = Parameter.value(slug)
        return Layout.render(
            context, title: context.t("associations.representatives.title", ["name": name]),
            .p(.class("breadcrumb"), .a(.href(SiteURL.associations(.show(slug)).path), .safe("← " + name))),
            .h1(.safe(context.t("associations.representatives.title", ["name": name]))),
            .ul(.forEach(representatives) { .li(.safe($0)) }),
            .if(!pendingInvitations.isEmpty, .group(
                .h2(.safe(context.t("associations.representatives.pending"))),
                .ul(.forEach(pendingInvitations) { .li(.safe($0)) })
            )),
            .h2(.safe(context.t("associations.representatives.invite"))),
            .if(canInvite, .group(
                .p(.safe(context.t("associations.representatives.inviteLead"))),
                Form.post(
                    context, action: SiteURL.associations(.invite(slug)).path,
                    Form.errorSummary(context, form),
                    Form.field(context, form, name: "email", label: context.t("accounts.field.email"), kind: .email, required: true),
                    Form.submit(context.t("associations.representatives.send"))
                )
            ), else: .p(.safe(context.t("representatives.refusal.notVerified")))),
            .h2(.safe(context.t("associations.representatives.leave"))),
            .if(canLeave,
                Form.post(context, action: SiteURL.associations(.leave(slug)).path,
                          Form.submit(context.t("associations.representatives.leaveButton"), class: "button button--warning")),
                else: .p(.safe(context.t("associations.representatives.lastOne"))))
        )
    }
}

/// Accept an invitation to represent an association.
public struct InvitationPage: Sendable {
    public var token: String
    public var associationName: String

    public init(token: String, associationName: String) {
        self.token = token
        self.associationName = associationName
    }

    public static let mock = InvitationPage(token: "abc", associationName: "Vivalla fotbollsklubb (exempel)")

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("associations.invitation.title"),
            .h1(.safe(context.t("associations.invitation.title"))),
            .p(.safe(context.t("associations.invitation.lead", ["name": associationName]))),
            Form.post(
                context, action: SiteURL.associations(.invitation).path,
                .input(.type(.hidden), .name("token"), .attr("value", token)),
                Form.submit(context.t("associations.invitation.accept"))
            )
        )
    }
}

/// The associations the signed-in person represents.
public struct MyAssociationsPage: Sendable {
    /// A consultation one of the associations is invited to answer, while it can still be answered.
    public struct Invitation: Sendable {
        /// How far the association's answer has come.
        public enum Progress: String, Sendable { case notStarted, draftSaved, answered }

        public var association: String
        public var associationID: String
        public var consultation: ConsultationSummary
        public var progress: Progress

        public init(association: String, associationID: String, consultation: ConsultationSummary, progress: Progress = .notStarted) {
            self.association = association
            self.associationID = associationID
            self.consultation = consultation
            self.progress = progress
        }
    }

    public var associations: [AssociationSummary]
    public var invitations: [Invitation]

    public init(associations: [AssociationSummary], invitations: [Invitation] = []) {
        self.associations = associations
        self.invitations = invitations
    }

    public static let mock = MyAssociationsPage(associations: [.mock], invitations: [
        Invitation(association: "Bettorps skytteförening", associationID: "a1", consultation: .mock),
        Invitation(association: "Vivalla IF", associationID: "a2", consultation: .mock, progress: .draftSaved),
        Invitation(association: "Vivalla hyresgästförening", associationID: "a3", consultation: .mock, progress: .answered),
    ])

    public func render(_ context: PageContext) -> String {
        Layout.render(
            context, title: context.t("associations.mine.title"),
            .h1(.safe(context.t("associations.mine.title"))),
            .if(!invitations.isEmpty, .section(
                .class("notice notice--info"), .attr("aria-labelledby", "invitations-heading"),
                .h2(.id("invitations-heading"), .safe(context.t("associations.mine.invitations"))),
                .ul(.forEach(invitations) { invitation in
                    .li(.safe(context.t("associations.mine.invitedTo", ["association": invitation.association]) + " "),
                        .a(.href(SiteURL.consultations(.respond(.value(invitation.consultation.slug))).path(query: [("som", invitation.associationID)])),
                           .safe(invitation.consultation.title)),
                        .safe(" – " + invitation.consultation.when(context.words) + " · "),
                        .span(.class("tag"), .safe(context.t("associations.mine.progress.\(invitation.progress.rawValue)"))))
                })
            )),
            .if(associations.isEmpty, .p(.safe(context.t("associations.mine.empty")))),
            .div(.class("card-list card-list--wide"), .forEach(associations) { $0.render(context) }),
            .p(.a(.class("button"), .href(SiteURL.associations(.new).path), .safe(context.t("associations.directory.register"))))
        )
    }
}
