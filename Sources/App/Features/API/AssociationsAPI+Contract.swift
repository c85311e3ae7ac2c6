import Foundation
import Domain

extension AssociationsAPIController.AssociationDTO: APIObject {
    static let schemaName = "AssociationSummary"
    static var example: Self {
        .init(id: UUID(), name: "Läxhjälpen Vivalla", orgNumber: "802002-4280", categories: ["education"], districts: ["vivalla"],
              joined: true, joinedSince: "2024-03-01")
    }
    static var refinements: [String: JSONSchema] { ["joinedSince": .nullable(.day)] }
}

extension AssociationsAPIController.ListDTO: APIObject {
    static let schemaName = "AssociationList"
    static var example: Self { .init(items: [.example], total: 1, totalIsExact: true, page: 1, per: 20) }
    static var refinements: [String: JSONSchema] {
        ["total": .integer(minimum: 0, maximum: DirectoryQuery.countCeiling), "page": .integer(minimum: 1),
         "per": .integer(minimum: 1, maximum: PageRequest.maximumSize)]
    }
}

extension AssociationsAPIController.DetailDTO: APIObject {
    static let schemaName = "Association"
    static var example: Self {
        .init(id: UUID(), name: "Läxhjälpen Vivalla", orgNumber: "802002-4280", categories: ["education"], districts: ["vivalla"],
              targetGroups: ["children"], competences: "Läxhjälp", description: "Vi hjälper till med läxor.", website: "https://example.se",
              email: "info@example.se", phone: "019-10 10 10", joined: true, joinedSince: "2024-03-01")
    }
    static var refinements: [String: JSONSchema] { ["joinedSince": .nullable(.day)] }
}

extension AssociationsAPIController.EligibilityDTO: APIObject {
    static let schemaName = "Eligibility"
    static var example: Self { .init(orgNumber: "802002-4280", known: true, joined: true, joinedSince: "2024-03-01", name: "Läxhjälpen") }
    static var refinements: [String: JSONSchema] { ["joinedSince": .nullable(.day)] }
}
