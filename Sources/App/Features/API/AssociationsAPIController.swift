import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// The registry as JSON for other systems (N20): the public list, one association, and the
/// eligibility check that grant and premises systems ask before paying or lending.
struct AssociationsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.associations), .everyone, use: list)
        routes.get(.api(.association(.key)), .everyone, use: show)
        routes.get(.api(.eligibility(.key)), .everyone, use: eligibility)
    }

    /// One association in the public register: the API list, the open-data files.
    struct AssociationDTO: Content {
        var id: UUID
        var name: String
        @NullEncoded var orgNumber: String?
        var categories: [String]
        var districts: [String]
        var joined: Bool
        @NullEncoded var joinedSince: String?
    }

    struct ListDTO: Content {
        var items: [AssociationDTO]
        /// Counted up to 10 000; `totalIsExact` is false when there are more.
        var total: Int
        var totalIsExact: Bool
        var page: Int
        var per: Int
    }

    struct DetailDTO: Content {
        var id: UUID
        var name: String
        @NullEncoded var orgNumber: String?
        var categories: [String]
        var districts: [String]
        var targetGroups: [String]
        var competences: String
        var description: String
        @NullEncoded var website: String?
        @NullEncoded var email: String?
        @NullEncoded var phone: String?
        var joined: Bool
        @NullEncoded var joinedSince: String?
    }

    struct EligibilityDTO: Content {
        var orgNumber: String
        var known: Bool
        var joined: Bool
        @NullEncoded var joinedSince: String?
        @NullEncoded var name: String?
    }

    /// Dates in the API are calendar days in Stockholm: "2024-03-01".
    static func day(_ date: Date?) -> String? {
        guard let date else { return nil }
        let parts = DateText.calendarParts(date)
        return String(format: "%04d-%02d-%02d", parts.year, parts.month, parts.day)
    }

    /// Query parameters are checked strictly (see `APIQuery`).
    func filter(_ req: Request) throws -> (DirectoryQuery.Filter, Domain.PageRequest) {
        let query = APIQuery(req: req)
        var filter = DirectoryQuery.Filter()
        filter.terms = SearchTerms(try query.string("q") ?? "")
        filter.category = try query.choice("category", AssociationCategory.self)
        filter.districtID = try query.id("district", "a district id (see /api/v1/districts)")
        if let joined = try query.flag("joined") { filter.joinedOnly = joined }
        return (filter, try query.page())
    }

    @Sendable func list(_ req: Request) async throws -> Response {
        let (filter, page) = try filter(req)
        let query = DirectoryQuery(req.db, keepingCountsIn: req.application)
        let rows = try req.checked(try await query.page(filter, page))
        let tags = try await query.tags(of: rows.items)
        return ListDTO(items: rows.items.map { row in
            AssociationDTO(id: row.id, name: row.name, orgNumber: row.orgNumber, categories: (tags.categories[row.id] ?? []).map(\.rawValue),
                           districts: tags.districts[row.id] ?? [], joined: row.joinedSince != nil, joinedSince: Self.day(row.joinedSince))
        }, total: rows.total, totalIsExact: rows.totalIsExact, page: page.number, per: page.size).response()
    }

    @Sendable func show(_ req: Request) async throws -> DetailDTO {
        guard let id = req.parameters.get("id", as: UUID.self) else { throw APIError(.badRequest, "id must be a UUID", field: "id") }
        guard let association = try await Association.find(id, on: req.db), association.status == .verified else {
            throw APIError(.notFound, "no public association with that id")
        }
        let tags = try await DirectoryQuery(req.db).tags(for: [id])
        let groups = try await AssociationTargetGroupTag.query(on: req.db).filter(\.$association.$id == id).all().map(\.targetGroup.rawValue)
        func optional(_ text: String) -> String? { text.isEmpty ? nil : text }
        return DetailDTO(id: id, name: association.name, orgNumber: association.orgNumber,
                         categories: (tags.categories[id] ?? []).map(\.rawValue), districts: tags.districts[id] ?? [],
                         targetGroups: groups.sorted(), competences: association.competences, description: association.description,
                         website: optional(association.website), email: optional(association.email), phone: optional(association.phone),
                         joined: association.joinedSince != nil, joinedSince: Self.day(association.joinedSince))
    }

    @Sendable func eligibility(_ req: Request) async throws -> EligibilityDTO {
        let raw = req.parameters.get("orgNumber") ?? ""
        // The API's contract is its documented pattern: only digits, spaces and the dash, so a
        // tab or a no-break space that the register import would forgive is a 400 here.
        guard raw.unicodeScalars.allSatisfy(Self.orgNumberCharacters.contains) else {
            throw APIError(.badRequest, Self.orgNumberMessage(.notDigits), field: "orgNumber")
        }
        let number: OrgNumber
        switch OrgNumber.parse(raw) {
        case .success(let parsed): number = parsed
        case .failure(let problem): throw APIError(.badRequest, Self.orgNumberMessage(problem), field: "orgNumber")
        }
        // Two columns by the unique index, not a whole model: a hot path for other systems.
        let row = try await (req.db as! any SQLDatabase).select().columns("name", "joined_since").from(Association.schema)
            .where("org_number", .equal, number.formatted).where("status", .equal, AssociationStatus.verified.rawValue).first()
        let joinedSince = try row?.decode(column: "joined_since", as: Date?.self)
        return EligibilityDTO(orgNumber: number.formatted, known: row != nil, joined: joinedSince != nil,
                              joinedSince: Self.day(joinedSince), name: try row?.decode(column: "name", as: String.self))
    }

    /// What `/api/v1/eligibility/{orgNumber}` accepts, as its OpenAPI pattern says: ten digits, or twelve
    /// starting with the century 16, spaces between the groups, a dash before the last four.
    static let orgNumberPattern = "^ *(16 *)?[0-9]{6} *-? *[0-9]{4} *$"
    static let orgNumberCharacters = CharacterSet(charactersIn: "0123456789 -")

    static func orgNumberMessage(_ problem: OrgNumber.Problem) -> String {
        Wording(.en).t("error.orgNumber.\(problem.rawValue)")
    }
}
