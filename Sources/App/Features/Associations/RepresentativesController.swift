import Vapor
import Fluent
import Domain
import Views

/// Who speaks for an association: inviting by mail, accepting, leaving (never the last one).
struct RepresentativesController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.associations(.representatives(.key)), .signedIn, use: list)
        routes.post(.associations(.invite(.key)), .signedIn, use: invite)
        routes.post(.associations(.leave(.key)), .signedIn, use: leave)
        routes.get(.associations(.invitation), .everyone, use: invitationForm)
        routes.post(.associations(.invitation), .signedIn, use: accept)
    }

    private func represented(_ req: Request) async throws -> Association {
        let association = try await AssociationStore.find(slug: req.parameters.get("slug"), for: req.actor, on: req.db)
        guard Policy.mayRepresent(req.actor, association: association.typedID) else { throw Abort(.forbidden) }
        return association
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        try await render(req, try await represented(req), form: FormState())
    }

    private func render(_ req: Request, _ association: Association, form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        let people = try await Representative.query(on: req.db).filter(\.$association.$id == association.id!).with(\.$user).all()
        let pending = try await RepresentativeInvitation.query(on: req.db).filter(\.$association.$id == association.id!)
            .filter(\.$usedAt == nil).filter(\.$expiresAt > req.now).sort(\.$createdAt).all()
        let page = RepresentativesPage(slug: association.slug, name: association.name,
                                       representatives: people.map { "\($0.user.displayName) (\($0.user.email))" },
                                       pendingInvitations: pending.map(\.email), canLeave: people.count > 1,
                                       canInvite: association.status == .verified, form: form)
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable func invite(_ req: Request) async throws -> Response {
        let association = try await represented(req)
        let inviter = try req.requireUser()
        let app = req.application
        return try await req.answerForm(render: { form, status in
            try await render(req, association, form: form, status: status)
        }, perform: { fields in
            let email = try EmailAddress.read(fields).get()
            try RepresentativeInvitations.mayInvite(for: association.status).get()
            try await req.change { change in
                try await change.take(.invitationsByPerson, for: inviter.typedID.description)
                let secret = SecureToken.make()
                try await RepresentativeInvitation(associationID: association.id!, email: email.value, tokenHash: SecureToken.hash(secret),
                                                   invitedBy: inviter.id!, expiresAt: change.now.addingTimeInterval(RepresentativeInvitation.lifetime))
                    .create(on: change.db)
                let mail = AssociationMails.invitation(Language(cookie: inviter.language), association: association.name,
                                                       inviter: inviter.displayName,
                                                       link: AccountTokens.link(app, SiteURL.associations(.invitation).path, token: secret),
                                                       service: app.siteFacts.serviceName)
                try await change.limitedMail(to: email.value, name: nil, subject: mail.subject, body: mail.body)
                try await change.audit("association.invite", "association", association.id!.uuidString, "invitation to \(email.value)")
            }
            return SiteURL.associations(.representatives(.value(association.slug))).path(query: [("notice", "invitationSent")])
        })
    }

    @Sendable func leave(_ req: Request) async throws -> Response {
        let association = try await represented(req)
        let user = try req.requireUser()
        do {
            try await req.change { change in
                // Counted inside the transaction, so two leaving at once cannot both be the second-to-last.
                let count = try await Representative.query(on: change.db).filter(\.$association.$id == association.id!).count()
                guard count > 1 else { throw LastRepresentative() }
                try await Representative.query(on: change.db).filter(\.$association.$id == association.id!)
                    .filter(\.$user.$id == user.id!).delete()
                try await change.audit("association.leave", "association", association.id!.uuidString, "representative left")
            }
        } catch is LastRepresentative {
            return try await render(req, association, form: FormState(errors: [FieldError("email", "error.lastRepresentative")]),
                                    status: .unprocessableEntity)
        }
        return req.seeOther(SiteURL.associations(.mine).path(query: [("notice", "leftAssociation")]))
    }

    private struct LastRepresentative: Error {}

    private func invitation(_ secret: String?, on db: any Database, now: Date) async throws -> RepresentativeInvitation? {
        guard let secret, !secret.isEmpty, secret.count <= 100,
              let invitation = try await RepresentativeInvitation.query(on: db).filter(\.$tokenHash == SecureToken.hash(secret)).first(),
              invitation.usedAt == nil, invitation.expiresAt > now
        else { return nil }
        return invitation
    }

    /// Opening the link needs no account; accepting does (signing in brings the person back here).
    @Sendable func invitationForm(_ req: Request) async throws -> Response {
        let secret = try? req.query.get(String.self, at: "token")
        guard let invitation = try await invitation(secret, on: req.db, now: req.now),
              let association = try await Association.find(invitation.$association.id, on: req.db) else {
            return req.html(RegistrationController.invalidLink.render(try await req.page()), status: .gone)
        }
        guard let user = req.currentUser else { throw SignInRequired() }
        if case .failure(let refusal) = RepresentativeInvitations.mayAccept(invitedAddress: invitation.email, signedInAddress: user.email, used: false) {
            req.formProblems = refusal.problems
            return req.html(MessagePage(titleKey: "representatives.invitation.refused.title", paragraphKeys: [],
                                        link: (SiteURL.accounts(.overview).path, "nav.account")).render(try await req.page()), status: .forbidden)
        }
        return req.html(InvitationPage(token: secret ?? "", associationName: association.name).render(try await req.page()))
    }

    @Sendable func accept(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let invitation = try await invitation(req.formFields["token"], on: req.db, now: req.now),
              let association = try await Association.find(invitation.$association.id, on: req.db) else {
            return req.html(RegistrationController.invalidLink.render(try await req.page()), status: .gone)
        }
        return try await req.answerForm(render: { _, status in
            req.html(MessagePage(titleKey: "representatives.invitation.refused.title", paragraphKeys: [],
                                 link: (SiteURL.associations(.mine).path, "associations.mine.title")).render(try await req.page()), status: status)
        }, perform: { _ in
            try await req.change { change in
                guard try await RepresentativeInvitation.lock(invitation.id!, on: change.db),
                      let current = try await RepresentativeInvitation.find(invitation.id!, on: change.db) else { throw Abort(.gone) }
                try RepresentativeInvitations.mayAccept(invitedAddress: current.email, signedInAddress: user.email,
                                                        used: current.usedAt != nil).get()
                current.usedAt = change.now
                try await current.update(on: change.db)
                let already = try await Representative.query(on: change.db).filter(\.$association.$id == association.id!)
                    .filter(\.$user.$id == user.id!).count()
                if already == 0 { try await Representative(associationID: association.id!, userID: user.id!).create(on: change.db) }
                try await change.audit("association.join", "association", association.id!.uuidString, "representative added by invitation")
            }
            return SiteURL.associations(.show(.value(association.slug))).path(query: [("notice", "nowRepresentative")])
        })
    }
}
