import Vapor
import Fluent
import Views

/// The municipality's reference data as JSON: departments with entry points, districts, goals.
/// These lists are bounded by the configuration (tens of rows), so they come whole.
struct ReferenceDataController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.departments), .everyone, use: departments)
        routes.get(.api(.districts), .everyone, use: districts)
        routes.get(.api(.sdgs), .everyone, use: sdgs)
        routes.get(.api(.openAPI), .everyone) { req in
            let response = Response(status: .ok, body: .init(data: OpenAPIDocument.json(serverURL: req.application.baseAddress)))
            response.headers.contentType = .json
            return response
        }
    }

    struct EntryPointDTO: Content {
        var email: String
        var phone: String
        var address: String
        var openingHours: String
    }

    struct DepartmentDTO: Content {
        var id: UUID
        var name: String
        var kind: String
        var entryPoint: EntryPointDTO
    }

    struct DistrictDTO: Content {
        var id: UUID
        var name: String
        var kind: String
    }

    struct SdgDTO: Content {
        var number: Int
        var name: String
    }

    @Sendable func departments(_ req: Request) async throws -> [DepartmentDTO] {
        try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all().map { department in
            DepartmentDTO(id: try department.requireID(), name: department.name, kind: department.kind.rawValue,
                          entryPoint: EntryPointDTO(email: department.email, phone: department.phone,
                                                    address: department.address, openingHours: department.openingHours))
        }
    }

    @Sendable func districts(_ req: Request) async throws -> [DistrictDTO] {
        try await District.query(on: req.db).sort(\.$position).sort(\.$name).all().map {
            DistrictDTO(id: try $0.requireID(), name: $0.name, kind: $0.kind.rawValue)
        }
    }

    @Sendable func sdgs(_ req: Request) async throws -> [SdgDTO] {
        let lang = req.query[String.self, at: "lang"]
        if let lang, lang != "sv" && lang != "en" { throw APIError(.badRequest, "lang must be sv or en", field: "lang") }
        let english = lang == "en" || (lang == nil && req.language == .en)
        return try await SustainableGoal.query(on: req.db).sort(\.$id).all().map {
            SdgDTO(number: try $0.requireID(), name: english ? $0.nameEn : $0.nameSv)
        }
    }
}
