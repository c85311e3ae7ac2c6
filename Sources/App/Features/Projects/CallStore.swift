import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// Reading and writing calls for partners, and finding the associations that fit one.
package enum CallStore {
    /// Open calls soonest closing first, or closed ones last closed first.
    package static func query(open: Bool, today: CalendarDay, on db: any Database) -> QueryBuilder<Call> {
        let query = Call.query(on: db)
        return open ? query.filter(\.$closesOn >= today.description).sort(\.$closesOn).sort(\.$id)
                    : query.filter(\.$closesOn < today.description).sort(\.$closesOn, .descending).sort(\.$id)
    }

    package static func find(slug: String?, on db: any Database) async throws -> Call {
        guard let slug, let call = try await Call.query(on: db).filter(\.$slug == slug).with(\.$department).first() else { throw Abort(.notFound) }
        return call
    }

    static func tags(_ ids: [UUID], on db: any Database) async throws -> [CallTag] {
        ids.isEmpty ? [] : try await CallTag.query(on: db).filter(\.$call.$id ~~ ids).all()
    }

    /// The answers per call.
    package static func answerCounts(_ ids: [UUID], on db: any Database) async throws -> [UUID: Int] {
        guard !ids.isEmpty, let sql = db as? any SQLDatabase else { return [:] }
        let rows = try await sql.select().column("call_id").column(SQL.count, as: "n").from(CallAnswer.schema)
            .where("call_id", .in, ids).groupBy("call_id").all()
        var counts: [UUID: Int] = [:]
        for row in rows { counts[try row.decode(column: "call_id", as: UUID.self)] = try row.decode(column: "n", as: Int.self) }
        return counts
    }

    package static func summaries(_ calls: [Call], today: CalendarDay, on db: any Database) async throws -> [CallSummary] {
        let ids = calls.compactMap(\.id)
        let tags = try await tags(ids, on: db)
        let counts = try await answerCounts(ids, on: db)
        let departments = ids.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Department.query(on: db)
            .filter(\.$id ~~ Set(calls.map { $0.$department.id })).all().map { ($0.id!, $0.name) })
        return calls.map { call in
            CallSummary(slug: call.slug, title: call.title, department: departments[call.$department.id] ?? "", easyRead: call.easyRead,
                        closes: call.closes, isOpen: call.state.isOpen(on: today),
                        competences: tags.filter { $0.$call.id == call.id && $0.kind == .competence }.map(\.value).sorted(),
                        money: call.money, premises: call.premises, answers: counts[call.id!] ?? 0)
        }
    }

    /// The call's needs as matching reads them.
    package static func needs(of callID: UUID, on db: any Database) async throws -> CallNeeds {
        let tags = try await tags([callID], on: db)
        func values(_ kind: CallTag.Kind) -> [String] { tags.filter { $0.kind == kind }.map(\.value) }
        return CallNeeds(competences: values(.competence).sorted(), categories: Set(values(.category).compactMap(AssociationCategory.init(rawValue:))),
                         districts: Set(values(.district).compactMap(DistrictID.init)),
                         targetGroups: Set(values(.targetGroup).compactMap(TargetGroup.init(rawValue:))))
    }

    /// Verified associations sharing a competence or a category with the call (at most 2 000, each
    /// through its tag's index), with all their tags, for `CallMatching` to rank.
    package static func candidates(for needs: CallNeeds, on db: any Database) async throws -> [MatchCandidate] {
        var ids = Set<UUID>()
        if !needs.competences.isEmpty {
            ids.formUnion(try await AssociationCompetence.query(on: db).filter(\.$competence ~~ needs.competences).limit(2000).all()
                .map { $0.$association.id })
        }
        if !needs.categories.isEmpty {
            ids.formUnion(try await AssociationCategoryTag.query(on: db).filter(\.$category ~~ Array(needs.categories)).limit(2000).all()
                .map { $0.$association.id })
        }
        guard !ids.isEmpty else { return [] }
        let associations = try await Association.query(on: db).filter(\.$id ~~ ids).filter(\.$status == .verified).limit(2000).all()
        let found = associations.compactMap(\.id)
        guard !found.isEmpty else { return [] }
        let competences = try await AssociationCompetence.query(on: db).filter(\.$association.$id ~~ found).all()
        let categories = try await AssociationCategoryTag.query(on: db).filter(\.$association.$id ~~ found).all()
        let districts = try await AssociationDistrict.query(on: db).filter(\.$association.$id ~~ found).all()
        let groups = try await AssociationTargetGroupTag.query(on: db).filter(\.$association.$id ~~ found).all()
        return associations.map { row in
            let id = row.id!
            return MatchCandidate(
                id: row.typedID, name: row.name, competences: competences.filter { $0.$association.id == id }.map(\.competence),
                categories: Set(categories.filter { $0.$association.id == id }.map(\.category)),
                districts: Set(districts.filter { $0.$association.id == id }.map { DistrictID($0.$district.id) }),
                targetGroups: Set(groups.filter { $0.$association.id == id }.map(\.targetGroup)))
        }
    }

    /// Writes a checked draft to the call and replaces its tags. Inside a change.
    package static func apply(_ draft: CallDraft, to call: Call, on db: any Database) async throws {
        call.$department.id = draft.departmentID.uuid
        call.title = draft.title
        call.summary = draft.summary
        call.easyRead = draft.easyRead
        call.form = draft.form.rawValue
        call.money = draft.money
        call.premises = draft.premises
        call.closesOn = draft.closes.description
        call.contactName = draft.contactName
        call.contactEmail = draft.contactEmail
        if call.id == nil {
            call.slug = try await Slug.unique(draft.title, on: db, in: Call.self)
            try await call.create(on: db)
        } else {
            try await call.update(on: db)
        }
        let id = call.id!
        try await CallTag.query(on: db).filter(\.$call.$id == id).delete()
        let tags = draft.competences.map { CallTag(callID: id, kind: .competence, value: $0) }
            + draft.categories.map { CallTag(callID: id, kind: .category, value: $0.rawValue) }
            + draft.districtIDs.map { CallTag(callID: id, kind: .district, value: $0.description) }
            + draft.targetGroups.map { CallTag(callID: id, kind: .targetGroup, value: $0.rawValue) }
        try await tags.create(on: db)
    }
}
