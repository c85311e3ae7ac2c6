import Vapor
import Fluent
import Domain
import Views

/// Registering an association, changing its facts, archiving it, and "my associations".
struct RegistryController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.associations(.new), .permission(.registerAssociation), use: newForm)
        routes.post(.associations(.new), .permission(.registerAssociation), use: create)
        routes.get(.associations(.mine), .signedIn, use: mine)
        routes.get(.associations(.edit(.key)), .signedIn, use: editForm)
        routes.post(.associations(.edit(.key)), .signedIn, use: save)
        routes.post(.associations(.archive(.key)), .signedIn, use: archive)
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        try await render(req, slug: nil, form: FormState())
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        return try await req.answerForm(render: { form, status in
            try await render(req, slug: nil, form: form, status: status)
        }, perform: { fields in
            let draft = try await check(fields, excluding: nil, on: req.db)
            do {
                let association = try await req.change { change in try await AssociationStore.register(draft, by: user, in: change) }
                return SiteURL.associations(.show(.value(association.slug))).path(query: [("notice", "associationRegistered")])
            } catch let error as any DatabaseError where error.isConstraintFailure {
                // Two registrations of the same number at once: the second meets the unique index.
                throw FieldErrors(errors: [FieldError("orgNumber", "error.orgNumber.taken")])
            }
        })
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        let association = try await editable(req)
        return try await render(req, association, form: FormState(fields: try await AssociationStore.fields(of: association, on: req.db)),
                                showLix: true)
    }

    /// A verified association's new name or number waits for staff (`NameChange.edit`); the rest applies at once.
    @Sendable func save(_ req: Request) async throws -> Response {
        let association = try await editable(req)
        let id = association.id!, actor = req.actor
        return try await req.answerForm(render: { form, status in
            try await render(req, association, form: form, status: status)
        }, perform: { fields in
            let draft = try await check(fields, excluding: id, on: req.db)
            try await req.change { change in
                guard try await Association.lock(id, on: change.db), let row = try await Association.find(id, on: change.db) else {
                    throw Abort(.notFound)
                }
                let outcome = NameChange.edit(name: draft.name, orgNumber: draft.orgNumber, of: row.identity, by: actor, at: change.now)
                var checked = draft
                checked.name = outcome.name
                checked.orgNumber = outcome.orgNumber
                if outcome.pending != row.identity.pending { row.renameRefusal = nil }
                row.propose(outcome.pending)
                try await AssociationStore.apply(checked, to: row, on: change.db)
                try await change.audit(outcome.audit, "association", id)
            }
            return SiteURL.associations(.edit(.value(association.slug))).path(query: [("notice", "saved")])
        })
    }

    @Sendable func archive(_ req: Request) async throws -> Response {
        let association = try await AssociationStore.find(slug: req.parameters.get("slug"), for: req.actor, on: req.db)
        guard Policy.mayArchive(req.actor, association: association.typedID) else { throw Abort(.forbidden) }
        try await req.change { change in
            let before = association.status
            association.status = .archived
            try await association.update(on: change.db)
            try await change.audit("association.archive", "association", association.id!.uuidString, "\(before.rawValue) → archived")
        }
        return req.seeOther(SiteURL.associations(.mine).path(query: [("notice", "associationArchived")]))
    }

    @Sendable func mine(_ req: Request) async throws -> Response {
        let associations = try await AssociationStore.represented(req)
        let tags = try await DirectoryQuery(req.db).tags(for: associations.map { $0.id! })
        let page = MyAssociationsPage(associations: associations.map { association in
            AssociationSummary(slug: association.slug, name: association.name, summary: association.description.teaser(),
                               categories: tags.categories[association.id!] ?? [], districts: tags.districts[association.id!] ?? [],
                               joinedSince: association.joinedSince)
        }, invitations: try await ResponseStore.openInvitations(for: associations, now: req.now, on: req.db))
        return req.html(page.render(try await req.page()))
    }

    private func editable(_ req: Request) async throws -> Association {
        let association = try await AssociationStore.find(slug: req.parameters.get("slug"), for: req.actor, on: req.db)
        guard Policy.mayEdit(req.actor, association: association.typedID) else { throw Abort(.forbidden) }
        return association
    }

    /// The draft's own checks, then the register's: an organisation number belongs to one association.
    private func check(_ fields: FormFields, excluding id: UUID?, on db: any Database) async throws -> AssociationDraft {
        let known = Set(try await District.query(on: db).all().map(\.typedID))
        let draft = try AssociationDraft.read(fields, knownDistricts: known).get()
        guard let number = draft.orgNumber else { return draft }
        var taken = Association.query(on: db).filter(\.$orgNumber == number.formatted)
        if let id { taken = taken.filter(\.$id != id) }
        if try await taken.first() != nil { throw FieldErrors(errors: [FieldError("orgNumber", "error.orgNumber.taken")]) }
        return draft
    }

    private func render(_ req: Request, _ association: Association, form: FormState, showLix: Bool = false,
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        try await render(req, slug: association.slug, form: form, showLix: showLix, status: status,
                         nameChange: AssociationStore.nameChange(of: association))
    }

    /// The form; a saved text's readability is shown to its author when the form comes back clean.
    private func render(_ req: Request, slug: String?, form: FormState, showLix: Bool = false,
                        status: HTTPResponseStatus = .ok, nameChange: NameChangeNotice? = nil) async throws -> Response {
        let easyRead = form["easyRead"].trimmingWhitespace()
        let page = AssociationFormPage(slug: slug, form: form, districts: try await AssociationStore.districtOptions(on: req.db),
                                       easyReadLix: showLix && !easyRead.isEmpty ? Lix(text: easyRead) : nil, nameChange: nameChange)
        return req.html(page.render(try await req.page()), status: status)
    }
}
