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

    struct Input: Content {
        var name: String?
        var orgNumber: String?
        var legalForm: String?
        var categories: [String]?
        var districts: [String]?
        var targetGroups: [String]?
        var competences: String?
        var memberBand: String?
        var description: String?
        var easyRead: String?
        var website: String?
        var email: String?
        var phone: String?

        var draft: AssociationDraft {
            AssociationDraft(name: name ?? "", orgNumber: orgNumber ?? "", legalForm: legalForm ?? "", categories: categories ?? [],
                             districtIDs: (districts ?? []).map { $0.lowercased() }, targetGroups: targetGroups ?? [],
                             competences: competences ?? "", memberBand: memberBand ?? "", description: description ?? "",
                             easyRead: easyRead ?? "", website: website ?? "", email: email ?? "", phone: phone ?? "")
        }
    }

    @Sendable func newForm(_ req: Request) async throws -> Response {
        try await render(req, slug: nil, draft: AssociationDraft(), errors: [])
    }

    @Sendable func create(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let draft = try req.content.decode(Input.self).draft
        let checked: AssociationDraft.Checked
        switch try await check(draft, excluding: nil, on: req.db) {
        case .failure(let problems): return try await render(req, slug: nil, draft: draft, errors: problems.errors, status: .unprocessableEntity)
        case .success(let value): checked = value
        }
        do {
            let association = try await req.change { change in try await AssociationStore.register(checked, by: user, in: change) }
            return req.seeOther(SiteURL.associations(.show(.value(association.slug))).path(query: [("notice", "associationRegistered")]))
        } catch let error as any DatabaseError where error.isConstraintFailure {
            // Two registrations of the same number at once: the second meets the unique index.
            return try await render(req, slug: nil, draft: draft, errors: [FieldError("orgNumber", "error.orgNumber.taken")], status: .conflict)
        }
    }

    @Sendable func editForm(_ req: Request) async throws -> Response {
        let association = try await editable(req)
        let (_, draft) = try await AssociationStore.draft(of: association, on: req.db)
        return try await render(req, slug: association.slug, draft: draft, errors: [])
    }

    @Sendable func save(_ req: Request) async throws -> Response {
        let association = try await editable(req)
        let draft = try req.content.decode(Input.self).draft
        switch try await check(draft, excluding: association.id, on: req.db) {
        case .failure(let problems):
            return try await render(req, slug: association.slug, draft: draft, errors: problems.errors, status: .unprocessableEntity)
        case .success(let checked):
            try await req.change { change in
                let before = "\(association.name); \(association.orgNumber ?? "-")"
                try await AssociationStore.apply(checked, to: association, on: change.db)
                try await change.audit("association.update", "association", association.id!.uuidString,
                                       "\(before) → \(association.name); \(association.orgNumber ?? "-")")
            }
            return req.seeOther(SiteURL.associations(.edit(.value(association.slug))).path(query: [("notice", "saved")]))
        }
    }

    @Sendable func archive(_ req: Request) async throws -> Response {
        let association = try await AssociationStore.find(slug: req.parameters.get("slug"), for: req.actor, on: req.db)
        guard Policy.mayArchive(req.actor, association: association.id!) else { throw Abort(.forbidden) }
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
        guard Policy.mayEdit(req.actor, association: association.id!) else { throw Abort(.forbidden) }
        return association
    }

    /// The draft's own checks, then the register's: an organisation number belongs to one association.
    private func check(_ draft: AssociationDraft, excluding id: UUID?, on db: any Database) async throws -> Result<AssociationDraft.Checked, FieldErrors> {
        let known = Set(try await District.query(on: db).all().map { $0.id!.uuidString.lowercased() })
        let result = draft.check(knownDistrictIDs: known)
        guard case .success(let checked) = result, let number = checked.orgNumber else { return result }
        var taken = Association.query(on: db).filter(\.$orgNumber == number.formatted)
        if let id { taken = taken.filter(\.$id != id) }
        if try await taken.first() != nil { return .failure(FieldErrors(errors: [FieldError("orgNumber", "error.orgNumber.taken")])) }
        return result
    }

    private func render(_ req: Request, slug: String?, draft: AssociationDraft, errors: [FieldError],
                        status: HTTPResponseStatus = .ok) async throws -> Response {
        let easyRead = draft.easyRead.trimmingWhitespace()
        let page = AssociationFormPage(
            slug: slug, form: FormState(values: draft.formValues, errors: errors), selectedCategories: Set(draft.categories),
            selectedDistricts: Set(draft.districtIDs), selectedTargetGroups: Set(draft.targetGroups),
            districts: try await AssociationStore.districtOptions(on: req.db),
            easyReadLix: slug != nil && !easyRead.isEmpty && errors.isEmpty ? Lix(text: easyRead) : nil)
        return req.html(page.render(try await req.page()), status: status)
    }
}
