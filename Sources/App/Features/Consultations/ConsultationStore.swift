import Vapor
import Fluent
import Domain
import Views

/// Reading and writing consultations, shared by the public pages, the feed, the API and the editors.
package enum ConsultationStore {
    package struct Filter: Sendable {
        package var district: DistrictID?
        package var category: AssociationCategory?
        package var department: DepartmentID?
    }

    /// Announced consultations in one status, with the filters, in the order that status reads best.
    package static func query(_ status: ConsultationStatus, _ filter: Filter, now: Date, on db: any Database) async throws -> QueryBuilder<Consultation> {
        let query = Consultation.query(on: db).filter(\.$announcedOn <= now)
        switch status {
        case .planned: query.filter(\.$compiledAt == nil).filter(\.$opensOn > now).sort(\.$opensOn)
        case .open: query.filter(\.$compiledAt == nil).filter(\.$opensOn <= now).filter(\.$closesAt > now).sort(\.$closesAt)
        case .closed: query.filter(\.$compiledAt == nil).filter(\.$closesAt <= now).sort(\.$closesAt, .descending)
        case .compiled: query.filter(\.$compiledAt != nil).sort(\.$closesAt, .descending)
        }
        try await narrow(query, filter, on: db)
        return query
    }

    package static func narrow(_ query: QueryBuilder<Consultation>, _ filter: Filter, on db: any Database) async throws {
        if let department = filter.department { query.filter(\.$department.$id == department.uuid) }
        if let district = filter.district {
            let ids = try await ConsultationDistrict.query(on: db).filter(\.$districtID == district.uuid).limit(10_000).all().map { $0.$consultation.id }
            query.filter(\.$id ~~ ids)
        }
        if let category = filter.category {
            let ids = try await ConsultationCategory.query(on: db).filter(\.$category == category).limit(10_000).all().map { $0.$consultation.id }
            query.filter(\.$id ~~ ids)
        }
    }

    package static func summaries(_ consultations: [Consultation], now: Date, on db: any Database) async throws -> [ConsultationSummary] {
        let ids = consultations.compactMap(\.id)
        let places = ids.isEmpty ? [] : try await ConsultationDistrict.query(on: db).filter(\.$consultation.$id ~~ ids).all()
        let districtIDs = Set(places.map(\.districtID))
        let names = districtIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await District.query(on: db).filter(\.$id ~~ districtIDs).all()
            .map { ($0.id!, $0.name) })
        let departmentIDs = Set(consultations.map { $0.$department.id })
        let departments = departmentIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Department.query(on: db)
            .filter(\.$id ~~ departmentIDs).all().map { ($0.id!, $0.name) })
        return consultations.map { consultation in
            ConsultationSummary(
                slug: consultation.slug, title: consultation.title, caseNumber: consultation.caseNumber,
                department: departments[consultation.$department.id] ?? "", easyRead: consultation.easyRead,
                status: consultation.status(at: now), dates: consultation.dates, daysLeft: consultation.dates.daysLeft(at: now),
                districts: places.filter { $0.$consultation.id == consultation.id }.compactMap { names[$0.districtID] }.sorted(),
                updatedAt: consultation.updatedAt ?? consultation.createdAt ?? now)
        }
    }

    package static func apply(_ checked: ConsultationDraft, to consultation: Consultation, on db: any Database) async throws {
        consultation.$department.id = checked.departmentID.uuid
        consultation.title = checked.title
        consultation.caseNumber = checked.caseNumber
        consultation.summary = checked.summary
        consultation.easyRead = checked.easyRead
        consultation.body = checked.body
        consultation.links = checked.links.joined(separator: "\n")
        consultation.questions = checked.questions.joined(separator: "\n")
        consultation.announcedOn = checked.dates.announced.start
        consultation.opensOn = checked.dates.opens.start
        consultation.closesAt = checked.dates.closes.end
        if consultation.id == nil {
            consultation.compilation = ""
            consultation.slug = try await Slug.unique(checked.title, on: db, in: Consultation.self)
            try await consultation.create(on: db)
        } else {
            try await consultation.update(on: db)
        }
        let id = consultation.id!
        try await ConsultationDistrict.query(on: db).filter(\.$consultation.$id == id).delete()
        for district in checked.districtIDs {
            try await ConsultationDistrict(consultationID: id, districtID: district.uuid).create(on: db)
        }
        try await ConsultationCategory.query(on: db).filter(\.$consultation.$id == id).delete()
        for category in checked.categories { try await ConsultationCategory(consultationID: id, category: category).create(on: db) }
    }
}
