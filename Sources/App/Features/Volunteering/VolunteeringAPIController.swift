import Vapor
import Fluent
import Domain
import Views

/// Open volunteer assignments as JSON, newest first, by district, words and "suits young people";
/// never anything about the volunteers. An unknown district is a 400 naming the parameter.
struct VolunteeringAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.volunteering), .everyone, use: list)
        routes.get(.api(.assignment(.key)), .everyone, use: one)
    }

    struct OrganiserDTO: Content {
        var kind: String
        var name: String
        var url: String
    }

    struct WhenDTO: Content {
        var kind: String
        var text: String
    }

    struct ItemDTO: Content {
        var id: UUID
        var slug: String
        var title: String
        var summary: String
        var targetGroup: String
        var organiser: OrganiserDTO
        var districts: [String]
        var place: String
        var remote: Bool
        var when: WhenDTO
        var effort: String
        @NullEncoded var minimumAge: Int?
        var needsRecordExtract: Bool
        var perks: [String]
        var needed: Int
        var closes: String
        var open: Bool
        var url: String
    }

    typealias ListDTO = APIPage<ItemDTO>

    @Sendable func list(_ req: Request) async throws -> ListDTO {
        let query = APIQuery(req: req)
        var filter = VolunteeringStore.Filter()
        filter.district = try await ProjectsAPIController.district(query, on: req.db)
        filter.youth = try query.flag("youth") ?? false
        filter.group = try query.choice("targetGroup", TargetGroup.self)
        filter.timing = try query.choice("timing", AssignmentTiming.self)
        if let words = try query.string("q"), !words.trimmingWhitespace().isEmpty { filter.words = SearchTerms(words) }
        let page = try query.page()
        let today = CalendarDay(req.now)
        let rows = try await VolunteeringStore.query(filter, today: today, on: req.db).range(page.offset..<(page.offset + page.size)).all()
        // A page that is not full, and not past the end, says the total itself.
        let total = rows.count < page.size && (page.offset == 0 || !rows.isEmpty) ? page.offset + rows.count
            : try await VolunteeringStore.query(filter, today: today, on: req.db).count()
        _ = try req.checked(Paged(items: rows, page: page, total: total))
        return ListDTO(items: try await Self.items(rows, req: req), page: page.number, per: page.size, total: total)
    }

    @Sendable func one(_ req: Request) async throws -> ItemDTO {
        guard let raw = req.parameters.get("id"), let id = UUID(uuidString: raw) else {
            throw APIError(.badRequest, "id must be an assignment id", field: "id")
        }
        guard let row = try await VolunteerAssignment.find(id, on: req.db) else { throw APIError(.notFound, "no such assignment") }
        return try await Self.items([row], req: req)[0]
    }

    static func items(_ rows: [VolunteerAssignment], req: Request) async throws -> [ItemDTO] {
        let facts = try await VolunteeringStore.facts(rows, now: req.now, on: req.db)
        let (summaries, districtsOf, slugs) = (facts.summaries, facts.districtsOf, facts.districtSlugs)
        let base = req.application.baseAddress, words = Wording(.sv)
        return zip(rows, summaries).map { row, summary in
            let organiser: OrganiserDTO
            switch row.organiser {
            case .association(let id)?:
                organiser = OrganiserDTO(kind: "association", name: summary.organiser, url: base + SiteURL.associations(.show(.id(id))).path)
            default:
                organiser = OrganiserDTO(kind: "department", name: summary.organiser, url: base + SiteURL.contact.path)
            }
            return ItemDTO(id: row.id!, slug: row.slug, title: row.title, summary: row.easyRead, targetGroup: row.targetGroup.rawValue,
                           organiser: organiser, districts: (districtsOf[row.id!] ?? []).compactMap { slugs[$0] }.sorted(), place: row.place,
                           remote: row.remote, when: WhenDTO(kind: row.timing.rawValue, text: summary.when(words)), effort: row.effort,
                           minimumAge: row.minimumAge == 0 ? nil : row.minimumAge, needsRecordExtract: row.needsRecordExtract,
                           perks: row.perkList.map(\.rawValue), needed: row.needed, closes: row.closes, open: summary.isOpen,
                           url: base + SiteURL.volunteering(.show(.value(row.slug))).path)
        }
    }
}

extension VolunteeringAPIController.OrganiserDTO: APIObject {
    static let schemaName = "AssignmentOrganiser"
    static var example: Self { .init(kind: "department", name: "Kultur- och fritidsförvaltningen", url: "https://example.se/kontakt") }
    static var refinements: [String: JSONSchema] { ["kind": .string(values: ["association", "department"])] }
}

extension VolunteeringAPIController.WhenDTO: APIObject {
    static let schemaName = "AssignmentWhen"
    static var example: Self { .init(kind: "regular", text: "Tisdagar 17–19") }
    static var refinements: [String: JSONSchema] { ["kind": .values(AssignmentTiming.self)] }
}

extension VolunteeringAPIController.ItemDTO: APIObject {
    static let schemaName = "VolunteerAssignment"
    static var example: Self {
        .init(id: UUID(), slug: "laxhjalp-pa-biblioteket", title: "Läxhjälp på biblioteket", summary: "Hjälp barn med läxorna.", targetGroup: "children",
              organiser: .example, districts: ["vivalla"], place: "Vivalla bibliotek", remote: false, when: .example, effort: "2 timmar i veckan",
              minimumAge: 16, needsRecordExtract: true, perks: ["introduction"], needed: 4, closes: "2027-03-31", open: true,
              url: "https://example.se/volontar/laxhjalp-pa-biblioteket")
    }
    static var refinements: [String: JSONSchema] {
        ["targetGroup": .values(TargetGroup.self), "minimumAge": .nullable(.integer(minimum: 1)), "needed": .integer(minimum: 1),
         "perks": .array(.values(VolunteerPerk.self)), "closes": .string(format: "date")]
    }
}
