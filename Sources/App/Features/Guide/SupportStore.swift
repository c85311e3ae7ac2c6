import Vapor
import Fluent
import Domain
import Views

/// Reading and writing support offerings: the catalogue, the guide and the editors share it.
package enum SupportStore {
    package static func cards(_ offerings: [SupportOffering], on db: any Database) async throws -> [SupportCard] {
        let ids = Set(offerings.map { $0.$department.id })
        let names = ids.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Department.query(on: db).filter(\.$id ~~ ids).all()
            .map { ($0.id!, $0.name) })
        return offerings.map { card($0, department: names[$0.$department.id] ?? "") }
    }

    package static func card(_ offering: SupportOffering, department: String) -> SupportCard {
        SupportCard(slug: offering.slug, title: offering.title, kind: offering.kind, step: offering.ladderStep, department: department,
                    easyRead: offering.easyRead, requiresJoined: offering.requiresJoined, requiresOrgNumber: offering.requiresOrgNumber,
                    deadline: offering.deadline.map(CalendarDay.init))
    }

    /// Writes a checked draft into an offering (new or existing) and replaces its categories.
    package static func apply(_ checked: SupportDraft, to offering: SupportOffering, on db: any Database) async throws {
        offering.$department.id = checked.departmentID.uuid
        offering.title = checked.title
        offering.kind = checked.kind
        offering.step = checked.step.rawValue
        offering.summary = checked.summary
        offering.easyRead = checked.easyRead
        offering.conditions = checked.conditions
        offering.requiresJoined = checked.requiresJoined
        offering.requiresOrgNumber = checked.requiresOrgNumber
        offering.howToApply = checked.howToApply
        offering.deadline = checked.deadline?.start
        offering.externalURL = checked.externalURL
        offering.isPublished = checked.published
        if offering.id == nil {
            offering.slug = try await Slug.unique(checked.title, on: db, in: SupportOffering.self)
            try await offering.create(on: db)
        } else {
            try await offering.update(on: db)
        }
        try await SupportCategoryTag.query(on: db).filter(\.$offering.$id == offering.id!).delete()
        for category in checked.categories { try await SupportCategoryTag(offeringID: offering.id!, category: category).create(on: db) }
    }
}
