import Vapor
import Fluent
import Domain
import Views

/// What the owner's side and the partners do on a project: move its status, post to its timeline,
/// invite, answer an invitation, take a partner off, and (the coordinator) hold it up as a good
/// example. Each form becomes a `ProjectEvent` that `ProjectEvents` decides and writes.
struct ProjectActionsController {
    func register(_ routes: any RoutesBuilder) {
        routes.post(.projects(.status(.key)), .signedIn, use: status)
        routes.post(.projects(.update(.key)), .signedIn, use: update)
        routes.post(.projects(.invite(.key)), .signedIn, use: invite)
        routes.post(.projects(.answer(.key)), .signedIn, use: answer)
        routes.post(.projects(.remove(.key)), .signedIn, use: remove)
        routes.post(.projects(.feature(.key)), .signedIn, use: feature)
    }

    /// Answers one action's form: the event from the fields, decided and applied, then back to the page.
    private func act(_ req: Request, _ action: ProjectActions.Action, notice: String,
                     event: @escaping (FormFields, any Database) async throws -> (ProjectEvent, PartnerRole?, String)) async throws -> Response {
        let project = try await ProjectStore.find(slug: req.parameters.get("slug"), on: req.db)
        return try await req.answerForm(render: { form, status in
            try await ProjectsController.render(req, failed: action, form: form, status: status)
        }, perform: { fields in
            let (event, role, commitment) = try await event(fields, req.db)
            try await ProjectEvents.apply(req, project.id!, event, role: role, commitment: commitment)
            return SiteURL.projects(.show(.value(project.slug))).path(query: [("notice", notice)])
        })
    }

    @Sendable func status(_ req: Request) async throws -> Response {
        try await act(req, .status, notice: "projectStatusChanged") { fields, _ in
            (.move(to: ProjectStatus(rawValue: fields["status"]), note: fields["note"]), nil, "")
        }
    }

    @Sendable func update(_ req: Request) async throws -> Response {
        try await act(req, .update, notice: "projectUpdated") { fields, _ in (.update(fields["update"]), nil, "") }
    }

    /// A department chosen from the list, or an association by its organisation number.
    @Sendable func invite(_ req: Request) async throws -> Response {
        try await act(req, .invite, notice: "partnerInvited") { fields, db in
            let (party, verified) = try await PartyPeople.invitee(fields, on: db)
            let role = PartnerRole(rawValue: fields["role"])
            return (.invite(party, role: role, commitment: fields["commitment"], verified: verified), role, fields["commitment"])
        }
    }

    @Sendable func answer(_ req: Request) async throws -> Response {
        try await act(req, .answer, notice: "invitationAnswered") { fields, _ in
            guard let party = Party(fields["party"]) else { throw ProjectRefusal.invalid([FieldError("party", "error.choose")]) }
            return (.answer(party, accept: fields["accept"] == "yes"), nil, "")
        }
    }

    @Sendable func remove(_ req: Request) async throws -> Response {
        try await act(req, .remove, notice: "partnerRemoved") { fields, _ in
            guard let party = Party(fields["partner"]) else { throw ProjectRefusal.invalid([FieldError("partner", "error.choose")]) }
            return (.remove(party), nil, "")
        }
    }

    @Sendable func feature(_ req: Request) async throws -> Response {
        try await act(req, .feature, notice: "projectFeatured") { fields, _ in (.feature(fields["featured"] == "yes"), nil, "") }
    }
}
