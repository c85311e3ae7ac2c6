import Foundation
import Domain

extension GuideController.OfferingDTO: APIObject {
    static let schemaName = "GuideOffering"
    static var example: Self { .init(id: UUID(), title: "Startbidrag", kind: "grant", url: "https://example.se/stod/startbidrag") }
}

extension GuideController.ResultDTO: APIObject {
    static let schemaName = "GuideResult"
    static var example: Self {
        .init(ladderSteps: [1], reasons: ["Ni vill veta mer."], offerings: [.example], offeringsAfterJoining: [], nextSteps: ["askQuestion"],
              inquiryTopic: "grants", entryPoint: .example)
    }
    static var refinements: [String: JSONSchema] {
        ["ladderSteps": .array(.integer(minimum: 1, maximum: 4), minItems: 1),
         "nextSteps": .array(.values(GuideResult.NextStep.self), minItems: 1), "inquiryTopic": .values(InquiryTopic.self)]
    }
}

extension SupportCatalogueController.OfferingDTO: APIObject {
    static let schemaName = "SupportOffering"
    static var example: Self {
        .init(id: UUID(), title: "Startbidrag", kind: "grant", ladderStep: 1, summary: "Pengar till nya föreningar.", easyRead: "Ni kan få pengar.",
              conditions: "", requiresJoined: false, requiresOrgNumber: true, deadline: "2027-03-01", categories: ["youth"],
              department: "Kultur- och fritidsförvaltningen", url: "https://example.se/stod/startbidrag")
    }
    static var refinements: [String: JSONSchema] {
        ["kind": .values(SupportKind.self), "ladderStep": .integer(minimum: 1, maximum: 4), "deadline": .nullable(.day),
         "categories": .array(.values(AssociationCategory.self))]
    }
}

extension SupportCatalogueController.ListDTO: APIObject {
    static let schemaName = "SupportList"
    static var example: Self { .init(items: [.example], total: 1, page: 1, per: 20) }
    static var refinements: [String: JSONSchema] {
        ["total": .integer(minimum: 0), "page": .integer(minimum: 1), "per": .integer(minimum: 1, maximum: PageRequest.maximumSize)]
    }
}
