import Foundation
import Domain

extension ConsultationsAPIController.ItemDTO: APIObject {
    static let schemaName = "Consultation"
    static var example: Self {
        .init(id: UUID(), title: "Detaljplan för Vivalla centrum", caseNumber: "SBN 2026/12", department: "Stadsbyggnadsförvaltningen",
              announced: "2026-10-01", opens: "2026-11-02", closes: "2026-12-11", status: "open", districts: ["Vivalla"],
              categories: ["tenants"], responseCount: 3, url: "https://example.se/samrad/vivalla")
    }
    static var refinements: [String: JSONSchema] {
        ["announced": .day, "opens": .day, "closes": .day, "status": .values(ConsultationStatus.self), "responseCount": .integer(minimum: 0)]
    }
}

extension ConsultationsAPIController.ListDTO: APIObject {
    static let schemaName = "ConsultationList"
    static var example: Self { .init(items: [.example], total: 1, page: 1, per: 20) }
    static var refinements: [String: JSONSchema] {
        ["total": .integer(minimum: 0), "page": .integer(minimum: 1), "per": .integer(minimum: 1, maximum: PageRequest.maximumSize)]
    }
}

extension ConsultationsAPIController.DetailDTO: APIObject {
    static let schemaName = "ConsultationDetail"
    static var example: Self {
        .init(consultation: .example, summary: "Kommunen planerar …", easyRead: "Vi vill bygga …", questions: ["Vad tycker ni?"], documents: [],
              compilation: "Det här kom in …", compiledAt: "2027-01-10")
    }
    static var refinements: [String: JSONSchema] { ["compiledAt": .nullable(.day)] }
}
