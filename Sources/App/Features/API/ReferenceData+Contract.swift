import Foundation
import Domain

extension ReferenceDataController.EntryPointDTO: APIObject {
    static let schemaName = "EntryPoint"
    static var example: Self { .init(email: "kontakt@example.se", phone: "019-21 10 00", address: "Box 1", openingHours: "8–16") }
}

extension ReferenceDataController.DepartmentDTO: APIObject {
    static let schemaName = "Department"
    static var example: Self { .init(id: UUID(), name: "Socialförvaltningen", kind: "department", entryPoint: .example) }
    static var refinements: [String: JSONSchema] { ["kind": .values(DepartmentKind.self)] }
}

extension ReferenceDataController.DistrictDTO: APIObject {
    static let schemaName = "District"
    static var example: Self { .init(id: UUID(), name: "Vivalla", kind: "district") }
    static var refinements: [String: JSONSchema] { ["kind": .values(DistrictKind.self)] }
}

extension ReferenceDataController.SdgDTO: APIObject {
    static let schemaName = "Sdg"
    static var example: Self { .init(number: 3, name: "Hälsa och välbefinnande") }
    static var refinements: [String: JSONSchema] { ["number": .integer(minimum: 1, maximum: 17)] }
}
