import Vapor
import Fluent
import Domain
import Views

/// Showing interest in an assignment without an account (never public), the organiser's list
/// and answer (welcome, or not this time with a reason), and the person's own page behind the
/// link in every mail, where they delete their details at once.
struct VolunteerInterestsController {
    func register(_ routes: any RoutesBuilder) {
        routes.post(.volunteering(.interest(.key)), .everyone, use: show)
        routes.get(.volunteering(.interested(.key)), .signedIn, use: list)
        routes.get(.volunteering(.answer(.key, .key)), .signedIn, use: answerForm)
        routes.post(.volunteering(.answer(.key, .key)), .signedIn, use: answer)
        routes.get(.volunteering(.yours(.key)), .everyone, use: yours)
        routes.post(.volunteering(.yours(.key)), .everyone, use: forget)
    }

    /// Decided on the assignment as locked and read inside the change: open, and not already
    /// shown from this address; limited per client and per address (10 a day).
    @Sendable func show(_ req: Request) async throws -> Response {
        let assignment = try await VolunteeringStore.find(req)
        let id = assignment.id!, client = req.clientAddress, app = req.application
        return try await req.answerForm(render: { form, status in try await VolunteeringController.renderPage(req, assignment, form, status: status) },
                                        perform: { fields in
            let draft = try InterestDraft.read(fields).get()
            try await req.change { change in
                try await change.take(.volunteerInterestsFromClient, for: client)
                if let email = draft.email { try await change.take(.volunteerInterestsByAddress, for: email.value) }
                guard try await VolunteerAssignment.lock(id, on: change.db), let current = try await VolunteerAssignment.find(id, on: change.db) else {
                    throw Abort(.notFound)
                }
                let already = try await draft.email.asyncMap {
                    try await VolunteerInterest.query(on: change.db).filter(\.$assignment.$id == id).filter(\.$email == $0.value).count() > 0
                } ?? false
                try InterestRules.show(on: current.state, alreadyShown: already, at: change.now).get()
                let interest = VolunteerInterest(assignmentID: id, draft: draft, token: SecureToken.make(), at: change.now)
                try await interest.create(on: change.db)
                try await VolunteeringMails.shown(interest, current, app: app, in: change)
                try await change.audit("volunteering.interest", "volunteer_interest", interest.id!.uuidString, current.title)
            }
            return SiteURL.volunteering(.show(.value(assignment.slug))).path(query: [("notice", "interestShown")])
        })
    }

    private func row(_ interest: VolunteerInterest) -> InterestRow {
        InterestRow(id: interest.id!.uuidString.lowercased(), name: interest.name, email: interest.email, phone: interest.phone,
                    message: interest.message, status: interest.status, shownAt: interest.createdAt, answer: interest.answer)
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let assignment = try await VolunteeringController.managed(req)
        let rows = try await VolunteerInterest.query(on: req.db).filter(\.$assignment.$id == assignment.id!).sort(\.$createdAt).sort(\.$id).limit(2000).all()
        let page = InterestsPage(assignment: try await VolunteeringStore.summaries([assignment], now: req.now, on: req.db)[0], rows: rows.map(row))
        return req.html(page.render(try await req.page()))
    }

    /// The interest, when this person organises its assignment.
    private func managed(_ req: Request) async throws -> (VolunteerAssignment, VolunteerInterest) {
        let assignment = try await VolunteeringController.managed(req)
        guard let id = req.parameters.get("id").flatMap(UUID.init(uuidString:)),
              let interest = try await VolunteerInterest.find(id, on: req.db), interest.$assignment.id == assignment.id else { throw Abort(.notFound) }
        return (assignment, interest)
    }

    private func renderAnswer(_ req: Request, _ assignment: VolunteerAssignment, _ interest: VolunteerInterest, _ form: FormState,
                              status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = InterestAnswerPage(assignment: try await VolunteeringStore.summaries([assignment], now: req.now, on: req.db)[0],
                                      row: row(interest), form: form)
        return req.html(page.render(try await req.page(forms: true)), status: status)
    }

    @Sendable func answerForm(_ req: Request) async throws -> Response {
        let (assignment, interest) = try await managed(req)
        return try await renderAnswer(req, assignment, interest, FormState())
    }

    /// The answer, decided on the interest as read inside the change (answered once; not one taken back).
    @Sendable func answer(_ req: Request) async throws -> Response {
        let (assignment, interest) = try await managed(req)
        let actor = try await ProjectEvents.actor(req)
        let id = interest.id!, app = req.application, user = try req.requireUser()
        return try await req.answerForm(render: { form, status in try await renderAnswer(req, assignment, interest, form, status: status) },
                                        perform: { fields in
            let answer = try InterestAnswer.read(fields).get()
            try await req.change { change in
                guard try await VolunteerInterest.lock(id, on: change.db), let current = try await VolunteerInterest.find(id, on: change.db),
                      let owner = try await VolunteerAssignment.find(current.$assignment.id, on: change.db) else { throw Abort(.notFound) }
                current.status = try InterestRules.answer(current.status, with: answer, on: owner.state, by: actor).get()
                (current.answer, current.answeredAt, current.answeredByID) = (answer.text, change.now, user.id)
                try await current.update(on: change.db)
                try await VolunteeringMails.answered(current, owner, app: app, in: change)
                try await change.audit("volunteering.answer", "volunteer_interest", id.uuidString, "\(owner.title): \(current.status.rawValue)")
            }
            return SiteURL.volunteering(.interested(.value(assignment.slug))).path(query: [("notice", "interestAnswered")])
        })
    }

    private func byToken(_ req: Request) async throws -> (VolunteerInterest, VolunteerAssignment) {
        guard let token = req.parameters.get("token"), token.count <= 100,
              let interest = try await VolunteerInterest.query(on: req.db).filter(\.$token == token).with(\.$assignment).first()
        else { throw Abort(.notFound) }
        return (interest, interest.assignment)
    }

    private func renderYours(_ req: Request, _ interest: VolunteerInterest, _ assignment: VolunteerAssignment, _ form: FormState,
                             status: HTTPResponseStatus = .ok) async throws -> Response {
        let page = YourInterestPage(assignment: try await VolunteeringStore.summaries([assignment], now: req.now, on: req.db)[0], token: interest.token,
                                    status: interest.status, answer: interest.answer, isForgotten: interest.forgottenAt != nil, form: form)
        return req.html(page.render(try await req.page(forms: interest.forgottenAt == nil)), status: status)
    }

    @Sendable func yours(_ req: Request) async throws -> Response {
        let (interest, assignment) = try await byToken(req)
        return try await renderYours(req, interest, assignment, FormState())
    }

    /// Deletes the person's details at once; an interest not yet answered is taken back.
    @Sendable func forget(_ req: Request) async throws -> Response {
        let (interest, assignment) = try await byToken(req)
        let id = interest.id!
        return try await req.answerForm(render: { form, status in try await renderYours(req, interest, assignment, form, status: status) },
                                        perform: { _ in
            try await req.change { change in
                guard try await VolunteerInterest.lock(id, on: change.db), let current = try await VolunteerInterest.find(id, on: change.db) else {
                    throw Abort(.notFound)
                }
                current.status = try InterestRules.withdraw(current.status, forgotten: current.forgottenAt != nil).get()
                current.forget(at: change.now)
                try await current.update(on: change.db)
                try await change.audit("volunteering.forget", "volunteer_interest", id.uuidString, "by the link in a mail")
            }
            return SiteURL.volunteering(.yours(.value(interest.token))).path(query: [("notice", "interestDeleted")])
        })
    }
}
