import Vapor
import Fluent
import Domain
import Views

/// Staff verify new associations: approve, ask for more, or reject with a reason. The
/// representatives are told by mail; only verified associations are public.
struct ReviewController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.staff(.associationQueue), .permission(.verifyAssociations), use: queue)
        routes.get(.staff(.review(.key)), .permission(.verifyAssociations), use: review)
        routes.post(.staff(.decide(.key)), .permission(.verifyAssociations), use: decide)
        routes.post(.staff(.decideRename(.key)), .permission(.verifyAssociations), use: decideRename)
    }

    @Sendable func queue(_ req: Request) async throws -> Response {
        let page = PageRequest(number: try? req.query.get(Int.self, at: "page"))
        let waiting = Association.query(on: req.db).filter(\.$status ~~ [.pending, .needsInformation])
        let total = try await waiting.count()
        let rows = try await waiting.sort(\.$status).sort(\.$createdAt).range(page.offset..<(page.offset + page.size)).all()
        // Look-alikes for the whole page in one query, not one per row.
        let names = rows.map(\.normalizedName), numbers = rows.compactMap(\.orgNumber)
        let alike = names.isEmpty ? [] : try await Association.query(on: req.db).group(.or) { group in
            group.filter(\.$normalizedName ~~ names)
            if !numbers.isEmpty { group.filter(\.$orgNumber ~~ numbers) }
        }.all()
        let items = rows.map { association in
            ReviewQueuePage.Row(slug: association.slug, name: association.name, status: association.status, source: association.source,
                                createdAt: association.createdAt ?? req.now,
                                possibleDuplicates: alike.filter { other in
                                    other.id != association.id && (other.normalizedName == association.normalizedName
                                        || (association.orgNumber != nil && other.orgNumber == association.orgNumber))
                                }.count)
        }
        // Verified associations' new names, oldest first; few at any time, so no pages of their own.
        let waitingRenames = Association.query(on: req.db).filter(\.$status == .verified).filter(\.$pendingName != nil)
        let renameTotal = try await waitingRenames.count()
        let renames = try await waitingRenames.sort(\.$pendingProposedAt).limit(ReviewQueuePage.renameLimit).all().map { association in
            ReviewQueuePage.Rename(slug: association.slug, name: association.name, proposedName: association.pendingName ?? "",
                                   proposedOrgNumber: association.pendingOrgNumber, proposedAt: association.pendingProposedAt ?? req.now)
        }
        return req.html(ReviewQueuePage(rows: try req.paged(items: items, page: page, total: total), renames: renames, renameTotal: renameTotal)
            .render(try await req.page()))
    }

    /// Other associations with the same normalised name, or the same number.
    static func duplicates(of association: Association, on db: any Database) async throws -> [Association] {
        try await Association.query(on: db).filter(\.$id != association.id!).group(.or) { group in
            group.filter(\.$normalizedName == association.normalizedName)
            if let number = association.orgNumber { group.filter(\.$orgNumber == number) }
        }.limit(10).all()
    }

    private func find(_ req: Request) async throws -> Association {
        guard let slug = req.parameters.get("slug"), let association = try await Association.query(on: req.db).filter(\.$slug == slug).first() else {
            throw Abort(.notFound)
        }
        return association
    }

    @Sendable func review(_ req: Request) async throws -> Response {
        try await render(req, try await find(req))
    }

    private func render(_ req: Request, _ association: Association, form: FormState = FormState(values: ["decision": "verify"]),
                        renameForm: FormState = FormState(values: ["renameDecision": "approve"]),
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        let people = try await Representative.query(on: req.db).filter(\.$association.$id == association.id!).with(\.$user).all()
        let duplicates = try await Self.duplicates(of: association, on: req.db)
        let page = ReviewPage(
            association: try await AssociationStore.page(association, actor: req.actor, on: req.db),
            representatives: people.map { ReviewPage.Person(name: $0.user.displayName, email: $0.user.email) },
            duplicates: duplicates.map { AssociationSummary(slug: $0.slug, name: $0.name, summary: "", categories: [], districts: [], joinedSince: nil) },
            form: form, rename: association.status == .verified ? AssociationStore.nameChange(of: association) : nil, renameForm: renameForm)
        return req.html(page.render(try await req.page()), status: status)
    }

    @Sendable func decide(_ req: Request) async throws -> Response {
        let id = try await find(req).id!
        let actor = req.actor, app = req.application
        return try await req.answerForm(render: { form, status in
            try await render(req, try await find(req), form: form, status: status)
        }, perform: { fields in
            try await req.change { change in
                guard try await Association.lock(id, on: change.db), let association = try await Association.find(id, on: change.db) else {
                    throw Abort(.notFound)
                }
                let outcome = try AssociationReview.decide(AssociationReview.Decision(rawValue: fields["decision"]), message: fields["message"],
                                                           on: association.status, by: actor).get()
                association.status = outcome.status
                association.statusMessage = outcome.message
                if outcome.status == .verified { association.verifiedAt = change.now }
                try await association.update(on: change.db)
                let people = try await Representative.query(on: change.db).filter(\.$association.$id == id).with(\.$user).all()
                for person in people {
                    let mail = AssociationMails.decision(
                        Language(cookie: person.user.language), outcome.decision.rawValue, name: person.user.displayName,
                        association: association.name, message: outcome.message,
                        link: app.baseAddress + SiteURL.associations(.show(.value(association.slug))).path,
                        service: app.siteFacts.serviceName)
                    try await change.mail(to: person.user.email, name: person.user.displayName, subject: mail.subject, body: mail.body)
                }
                try await change.audit(outcome.audit, "association", id)
            }
            return SiteURL.staff(.associationQueue).path(query: [("notice", "decisionSaved")])
        })
    }

    /// Approving a verified association's new name or number makes it public (and searchable);
    /// rejecting keeps the approved one and tells the representatives why, on the page and by mail.
    @Sendable func decideRename(_ req: Request) async throws -> Response {
        let id = try await find(req).id!
        let actor = req.actor, app = req.application
        return try await req.answerForm(render: { form, status in
            try await render(req, try await find(req), renameForm: form, status: status)
        }, perform: { fields in
            try await req.change { change in
                guard try await Association.lock(id, on: change.db), let association = try await Association.find(id, on: change.db) else {
                    throw Abort(.notFound)
                }
                var numberTaken = false
                if let number = association.pendingOrgNumber, number != association.orgNumber {
                    numberTaken = try await Association.query(on: change.db).filter(\.$orgNumber == number).filter(\.$id != id).first() != nil
                }
                let outcome = try NameChange.review(NameChange.Decision(rawValue: fields["renameDecision"]), reason: fields["renameReason"],
                                                    on: association.identity, numberTaken: numberTaken, by: actor).get()
                let proposedName = association.pendingName ?? association.name
                if outcome.name != association.name { association.rename(outcome.name) }
                association.orgNumber = outcome.orgNumber?.formatted
                association.propose(nil)
                association.renameRefusal = outcome.reason.isEmpty ? nil : outcome.reason
                try await association.update(on: change.db)
                let people = try await Representative.query(on: change.db).filter(\.$association.$id == id).with(\.$user).all()
                for person in people {
                    let mail = AssociationMails.decision(
                        Language(cookie: person.user.language), outcome.decision == .approve ? "renameApprove" : "renameReject",
                        name: person.user.displayName, association: proposedName, message: outcome.reason,
                        link: app.baseAddress + SiteURL.associations(.show(.value(association.slug))).path,
                        service: app.siteFacts.serviceName)
                    try await change.mail(to: person.user.email, name: person.user.displayName, subject: mail.subject, body: mail.body)
                }
                try await change.audit(outcome.audit, "association", id)
            }
            return SiteURL.staff(.associationQueue).path(query: [("notice", "decisionSaved")])
        })
    }
}
