import Foundation
import Domain

extension ProjectsAPIController.AssociationDTO: APIObject {
    static let schemaName = "ProjectAssociation"
    static var example: Self { .init(id: UUID(), name: "Vivalla IF", role: "lead") }
    static var refinements: [String: JSONSchema] { ["role": .values(PartnerRole.self)] }
}

extension ProjectsAPIController.DepartmentDTO: APIObject {
    static let schemaName = "ProjectDepartment"
    static var example: Self { .init(slug: "grundskoleforvaltningen", name: "Grundskoleförvaltningen", role: "partner") }
    static var refinements: [String: JSONSchema] { ["role": .values(PartnerRole.self)] }
}

extension ProjectsAPIController.ItemDTO: APIObject {
    static let schemaName = "Project"
    static var example: Self {
        .init(id: UUID(), slug: "laxhjalp-i-vivalla", title: "Läxhjälp i Vivalla", summary: "Föreningen och skolan ordnar läxhjälp.",
              status: "ongoing", form: "partnership", districts: ["vivalla"], targetGroups: ["youth"], goals: [4, 10],
              associations: [.example], departments: [.example], starts: "2026-01-12", ends: "2026-12-18",
              url: "https://example.se/projekt/laxhjalp-i-vivalla")
    }
    static var refinements: [String: JSONSchema] {
        ["status": .values(ProjectStatus.self), "form": .string(values: LadderStep.allCases.map(\.key)),
         "targetGroups": .array(.values(TargetGroup.self)), "goals": .array(.integer(minimum: 1, maximum: 17)),
         "starts": .nullable(.day), "ends": .nullable(.day)]
    }
}

extension ProjectsAPIController.EntryDTO: APIObject {
    static let schemaName = "ProjectTimelineEntry"
    static var example: Self { .init(at: "2026-03-01T17:00:00Z", status: "ongoing", text: "Vi har börjat.") }
    static var refinements: [String: JSONSchema] { ["at": .string(format: "date-time"), "status": .nullable(.values(ProjectStatus.self))] }
}

extension ProjectsAPIController.DetailDTO: APIObject {
    static let schemaName = "ProjectDetail"
    static var example: Self { .init(project: .example, outcome: "Fler klarade kunskapskraven.", timeline: [.example]) }
    static var refinements: [String: JSONSchema] { ["outcome": .nullable(.string())] }
}
