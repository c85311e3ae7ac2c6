import Vapor
import Fluent
import Domain
import Views

/// Writing an association and its tags, and reading one back for its page.
package enum AssociationStore {
    /// The associations the signed-in person represents, in the directory's order.
    package static func represented(_ req: Request) async throws -> [Association] {
        let ids = Array(req.actor.associationIDs)
        return ids.isEmpty ? [] : try await Association.query(on: req.db).filter(\.$id ~~ ids.map(\.uuid)).sort(\.$sortKey).all()
    }

    /// Applies checked values to an association and replaces its tag rows. Inside a change.
    package static func apply(_ checked: AssociationDraft, to association: Association, on db: any Database) async throws {
        association.rename(checked.name)
        association.orgNumber = checked.orgNumber?.formatted
        association.legalForm = checked.legalForm
        association.memberBand = checked.memberBand
        association.description = checked.description
        association.easyReadDescription = checked.easyRead
        association.competences = checked.competences
        association.website = checked.website
        association.email = checked.email
        association.phone = checked.phone
        if association.id == nil { try await association.create(on: db) } else { try await association.update(on: db) }
        try await replaceTags(of: association.id!, categories: checked.categories, targetGroups: checked.targetGroups,
                              districtIDs: checked.districtIDs.map(\.uuid), competences: checked.competenceTags, on: db)
    }

    package static func replaceTags(of id: UUID, categories: [AssociationCategory], targetGroups: [TargetGroup], districtIDs: [UUID],
                            competences: [String], on db: any Database) async throws {
        try await AssociationCategoryTag.query(on: db).filter(\.$association.$id == id).delete()
        try await AssociationTargetGroupTag.query(on: db).filter(\.$association.$id == id).delete()
        try await AssociationDistrict.query(on: db).filter(\.$association.$id == id).delete()
        try await AssociationCompetence.query(on: db).filter(\.$association.$id == id).delete()
        for category in categories { try await AssociationCategoryTag(associationID: id, category: category).create(on: db) }
        for group in targetGroups { try await AssociationTargetGroupTag(associationID: id, targetGroup: group).create(on: db) }
        for district in districtIDs { try await AssociationDistrict(associationID: id, districtID: district).create(on: db) }
        for competence in competences { try await AssociationCompetence(associationID: id, competence: competence).create(on: db) }
    }

    /// A unique slug and the association's first representative: the person registering it.
    static func register(_ checked: AssociationDraft, by user: User, in change: Change) async throws -> Association {
        let association = Association(slug: try await Slug.unique(checked.name, on: change.db, in: Association.self), name: checked.name,
                                      status: .pending, source: "registered", createdBy: user.id)
        try await apply(checked, to: association, on: change.db)
        try await Representative(associationID: association.id!, userID: user.id!).create(on: change.db)
        // Pending: on no public page and in no figure until it is verified (which touches the directory).
        try await change.audit("association.register", "association", association.id!.uuidString, "\(checked.name), pending",
                               touching: .areas(.unpublished))
        return association
    }

    /// The association at a slug, if the viewer may see it (public, or they represent or review it).
    package static func find(slug: String?, for actor: Actor, on db: any Database) async throws -> Association {
        guard let slug, let association = try await Association.query(on: db).filter(\.$slug == slug).first(),
              association.status.isPublic || Policy.maySeeUnpublished(actor, association: association.typedID)
        else { throw Abort(.notFound) }
        return association
    }

    /// The association as its form shows it, to change: with the name and number waiting for staff,
    /// so that saving other facts keeps the proposal.
    package static func fields(of association: Association, on db: any Database) async throws -> FormFields {
        let id = association.id!
        let name = association.pendingName ?? association.name
        let number = association.pendingName == nil ? association.orgNumber : association.pendingOrgNumber
        var pairs = [("name", name), ("orgNumber", number ?? ""), ("legalForm", association.legalForm?.rawValue ?? ""),
                     ("competences", association.competences), ("memberBand", association.memberBand?.rawValue ?? ""),
                     ("description", association.description), ("easyRead", association.easyReadDescription),
                     ("website", association.website), ("email", association.email), ("phone", association.phone)]
        pairs += try await AssociationCategoryTag.query(on: db).filter(\.$association.$id == id).all().map { ("categories", $0.category.rawValue) }
        pairs += try await AssociationDistrict.query(on: db).filter(\.$association.$id == id).all()
            .map { ("districts", DistrictID($0.$district.id).description) }
        pairs += try await AssociationTargetGroupTag.query(on: db).filter(\.$association.$id == id).all()
            .map { ("targetGroups", $0.targetGroup.rawValue) }
        return FormFields(pairs)
    }

    /// Everything the association page shows.
    package static func page(_ association: Association, actor: Actor, on db: any Database) async throws -> AssociationPage {
        let id = association.id!
        let tags = try await DirectoryQuery(db).tags(for: [id])
        let groups = try await AssociationTargetGroupTag.query(on: db).filter(\.$association.$id == id).all().map(\.targetGroup)
        let history = try await Endorsement.query(on: db).filter(\.$association.$id == id).sort(\.$decidedOn, .descending)
            .sort(\.$recordedAt, .descending).all()
        var page = AssociationPage(
            slug: association.slug, name: association.name, status: association.status, statusMessage: association.statusMessage,
            orgNumber: association.orgNumber, legalForm: association.legalForm, memberBand: association.memberBand,
            categories: tags.categories[id] ?? [], districts: tags.districts[id] ?? [], targetGroups: groups.sorted { $0.rawValue < $1.rawValue },
            competences: association.competences, description: association.description,
            easyReadDescription: association.easyReadDescription, website: association.website, email: association.email,
            phone: association.phone, joinedSince: association.joinedSince,
            nameChange: Policy.mayEdit(actor, association: association.typedID) ? nameChange(of: association) : nil,
            history: history.map { AssociationPage.HistoryItem(kind: $0.kind, on: $0.decidedOn, signatoryRole: $0.signatoryRole) },
            actions: AssociationPage.Actions(edit: Policy.mayEdit(actor, association: association.typedID),
                                             represent: Policy.mayRepresent(actor, association: association.typedID),
                                             archive: Policy.mayArchive(actor, association: association.typedID)))
        var filter = ProjectStore.Filter()
        filter.association = association.typedID
        page.projects = try await ProjectStore.summaries(try await ProjectStore.query(filter, on: db).limit(5).all(), on: db)
        page.projectsLink = SiteURL.projects(.list).path(query: [("association", association.typedID.description)])
        return page
    }

    /// What the representatives are told about a new name: that it waits, or why staff said no.
    package static func nameChange(of association: Association) -> NameChangeNotice? {
        guard association.pendingName != nil || association.renameRefusal != nil else { return nil }
        return NameChangeNotice(approvedName: association.name, approvedOrgNumber: association.orgNumber,
                                proposedName: association.pendingName, proposedOrgNumber: association.pendingOrgNumber,
                                refusal: association.renameRefusal)
    }

    package static func districtOptions(on db: any Database) async throws -> [Form.Option] {
        try await District.query(on: db).sort(\.$position).sort(\.$name).all().map { Form.Option($0.typedID, $0.name) }
    }
}
