import Vapor
import Fluent
import Domain
import Views

/// Projects as JSON: the list with the list page's filters, and one with its timeline.
/// An unknown filter value is a 400 naming the parameter, never a silent "all".
struct ProjectsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.projects), .everyone, use: list)
        routes.get(.api(.project(.key)), .everyone, use: one)
    }

    struct AssociationDTO: Content {
        var id: UUID
        var name: String
        var role: String
    }

    struct DepartmentDTO: Content {
        var slug: String
        var name: String
        var role: String
    }

    struct ItemDTO: Content {
        var id: UUID
        var slug: String
        var title: String
        var summary: String
        var status: String
        var form: String
        var districts: [String]
        var targetGroups: [String]
        var goals: [Int]
        var associations: [AssociationDTO]
        var departments: [DepartmentDTO]
        @NullEncoded var starts: String?
        @NullEncoded var ends: String?
        var url: String
    }

    typealias ListDTO = APIPage<ItemDTO>

    struct EntryDTO: Content {
        var at: String
        @NullEncoded var status: String?
        var text: String
    }

    struct DetailDTO: Content {
        var project: ItemDTO
        @NullEncoded var outcome: String?
        var timeline: [EntryDTO]
    }

    @Sendable func list(_ req: Request) async throws -> ListDTO {
        let query = APIQuery(req: req)
        var filter = ProjectStore.Filter()
        filter.terms = SearchTerms(try query.string("q") ?? "")
        filter.status = try query.choice("status", ProjectStatus.self)
        filter.district = try await Self.district(query, on: req.db)
        filter.goal = try query.number("goal", Sdg.numbers.lowerBound...Sdg.numbers.upperBound).flatMap(Sdg.init)
        filter.targetGroup = try query.choice("targetGroup", TargetGroup.self)
        if let step = try query.string("form") {
            guard let form = LadderStep.allCases.first(where: { $0.key == step }) else {
                throw APIError(.badRequest, "form must be one of \(LadderStep.allCases.map(\.key).joined(separator: ", "))", field: "form")
            }
            filter.form = form
        }
        let page = try query.page()
        let (rows, total) = try await ProjectStore.page(filter, page, on: req.db)
        _ = try req.checked(Paged(items: rows, page: page, total: total))
        let base = req.application.baseAddress
        return ListDTO(items: try await Self.items(rows, base: base, on: req.db), page: page.number, per: page.size, total: total)
    }

    /// A district by its slug (as in /api/v1/districts) or its id; one that does not exist is a 400.
    static func district(_ query: APIQuery, on db: any Database) async throws -> DistrictID? {
        guard let raw = try query.string("district", max: 64) else { return nil }
        if let id = DistrictID(raw), try await District.find(id.uuid, on: db) != nil { return id }
        guard let row = try await District.query(on: db).filter(\.$slug == raw).first() else {
            throw APIError(.badRequest, "district must be a district slug or id (see /api/v1/districts)", field: "district")
        }
        return row.typedID
    }

    @Sendable func one(_ req: Request) async throws -> DetailDTO {
        guard let raw = req.parameters.get("id"), let id = UUID(uuidString: raw) else {
            throw APIError(.badRequest, "id must be a project id", field: "id")
        }
        guard let row = try await Project.find(id, on: req.db) else { throw APIError(.notFound, "no such project") }
        let entries = try await ProjectEntry.query(on: req.db).filter(\.$project.$id == id).sort(\.$at, .descending).limit(200).all()
        let base = req.application.baseAddress
        return DetailDTO(project: try await Self.items([row], base: base, on: req.db)[0], outcome: row.status == .finished ? row.outcome : nil,
                         timeline: entries.map { EntryDTO(at: ISO8601DateFormatter().string(from: $0.at), status: $0.status?.rawValue, text: $0.body) })
    }

    /// The API's (and the open-data files') form of these projects: confirmed partners only.
    /// One query per kind of fact (partners, their names, departments, districts, places, target
    /// groups, goals) however many projects: on SQLite each query costs about a millisecond of
    /// latency, so their number is what the response time is made of.
    static func items(_ rows: [Project], base: String, on db: any Database) async throws -> [ItemDTO] {
        let ids = rows.compactMap(\.id)
        guard !ids.isEmpty else { return [] }
        let partners = try await ProjectPartner.query(on: db).filter(\.$project.$id ~~ ids).filter(\.$status == .confirmed)
            .sort(\.$invitedAt).all()
        let associationIDs = Set(partners.compactMap(\.associationID)), departmentIDs = Set(partners.compactMap(\.departmentID))
        let associations = associationIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Association.query(on: db)
            .filter(\.$id ~~ associationIDs).field(\.$id).field(\.$name).all().map { ($0.id!, $0.name) })
        let departments = departmentIDs.isEmpty ? [:] : Dictionary(uniqueKeysWithValues: try await Department.query(on: db)
            .filter(\.$id ~~ departmentIDs).all().map { ($0.id!, $0) })
        let places = try await ProjectDistrict.query(on: db).filter(\.$project.$id ~~ ids).all()
        let districts = Dictionary(uniqueKeysWithValues: try await District.query(on: db).all().map { ($0.id!, $0.slug) })
        let groups = try await ProjectTargetGroup.query(on: db).filter(\.$project.$id ~~ ids).all()
        let goals = try await ProjectGoal.query(on: db).filter(\.$project.$id ~~ ids).all()
        return rows.map { row in
            let own = partners.filter { $0.$project.id == row.id }
            return ItemDTO(
                id: row.id!, slug: row.slug, title: row.title, summary: row.summary, status: row.status.rawValue, form: row.ladder.key,
                districts: places.filter { $0.$project.id == row.id }.compactMap { districts[$0.districtID] }.sorted(),
                targetGroups: groups.filter { $0.$project.id == row.id }.map(\.targetGroup.rawValue).sorted(),
                goals: goals.filter { $0.$project.id == row.id }.map(\.goal).sorted(),
                associations: own.compactMap { partner in
                    guard let id = partner.associationID else { return nil }
                    return AssociationDTO(id: id, name: associations[id] ?? "", role: partner.role.rawValue)
                },
                departments: own.compactMap { partner in
                    guard let id = partner.departmentID, let department = departments[id] else { return nil }
                    return DepartmentDTO(slug: department.slug, name: department.name, role: partner.role.rawValue)
                },
                starts: row.startsOn, ends: row.endsOn, url: base + SiteURL.projects(.show(.value(row.slug))).path)
        }
    }
}
