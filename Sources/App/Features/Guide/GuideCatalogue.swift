import Vapor
import Fluent
import Domain
import Views

/// What the guide reads from the database — the published offerings' facts and cards, and every
/// department's entry point — kept until the support area or the municipality's changes, so a recommendation is pure
/// computation between writes (the guide API went from ~270 to thousands of requests a second).
struct GuideCatalogue: Sendable {
    struct EntryPoint: Sendable {
        var dto: ReferenceDataController.DepartmentDTO
        var card: EntryPointCard
    }

    var facts: [SupportFacts]
    var cards: [SupportOfferingID: SupportCard]
    var entryPoints: [DepartmentID: EntryPoint]
    /// The coordinating department (or the first), for answers no department owns.
    var fallback: DepartmentID?

    static func load(on db: any Database) async throws -> GuideCatalogue {
        let offerings = try await SupportOffering.query(on: db).filter(\.$isPublished == true).with(\.$categories).limit(2_000).all()
        let facts = offerings.map { offering in
            SupportFacts(id: SupportOfferingID(offering.id!), kind: offering.kind, step: offering.ladderStep, categories: Set(offering.categories.map(\.category)),
                         requiresJoined: offering.requiresJoined, requiresOrgNumber: offering.requiresOrgNumber,
                         departmentID: DepartmentID(offering.$department.id))
        }
        let departments = try await Department.query(on: db).sort(\.$position).all()
        let names = Dictionary(uniqueKeysWithValues: departments.map { ($0.id!, $0.name) })
        let cards = Dictionary(uniqueKeysWithValues: offerings.map { (SupportOfferingID($0.id!), SupportStore.card($0, department: names[$0.$department.id] ?? "")) })
        let entryPoints = Dictionary(uniqueKeysWithValues: departments.map { department in
            (department.typedID, EntryPoint(
                dto: .init(id: department.id!, name: department.name, kind: department.kind.rawValue,
                           entryPoint: .init(email: department.email, phone: department.phone, address: department.address,
                                             openingHours: department.openingHours)),
                card: department.entryPointCard))
        })
        return GuideCatalogue(facts: facts, cards: cards, entryPoints: entryPoints,
                              fallback: (departments.first(where: \.isCoordinator) ?? departments.first)?.typedID)
    }
}

typealias GuideCatalogueCache = VersionedCache<String, GuideCatalogue>

extension Request {
    var guideCatalogue: GuideCatalogue {
        get async throws {
            try await application.guideCatalogue.value("catalogue", for: self) { [db] in try await GuideCatalogue.load(on: db) }
        }
    }
}
