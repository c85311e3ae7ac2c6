import Vapor
import Fluent
import Domain
import Views

/// Calls for partners as JSON: open (the default) or closed, with how many answered.
struct CallsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.calls), .everyone, use: list)
    }

    enum Status: String, CaseIterable { case open, closed }

    struct ItemDTO: Content {
        var id: UUID
        var slug: String
        var title: String
        var department: String
        var competences: [String]
        var categories: [String]
        var districts: [String]
        var closes: String
        var status: String
        var answers: Int
        var url: String
    }

    typealias ListDTO = APIPage<ItemDTO>

    @Sendable func list(_ req: Request) async throws -> ListDTO {
        let query = APIQuery(req: req)
        let status = try query.choice("status", Status.self) ?? .open
        let page = try query.page()
        let today = CalendarDay(req.now)
        let total = try await CallStore.query(open: status == .open, today: today, on: req.db).count()
        let rows = try await CallStore.query(open: status == .open, today: today, on: req.db).range(page.offset..<(page.offset + page.size)).all()
        _ = try req.checked(Paged(items: rows, page: page, total: total))
        let summaries = try await CallStore.summaries(rows, today: today, on: req.db)
        let tags = try await CallStore.tags(rows.compactMap(\.id), on: req.db)
        let districts = Dictionary(uniqueKeysWithValues: try await District.query(on: req.db).all().map { ($0.typedID.description, $0.slug) })
        let base = req.application.baseAddress
        let items = zip(rows, summaries).map { row, summary in
            let own = tags.filter { $0.$call.id == row.id }
            return ItemDTO(id: row.id!, slug: row.slug, title: row.title, department: summary.department, competences: summary.competences,
                           categories: own.filter { $0.kind == .category }.map(\.value).sorted(),
                           districts: own.filter { $0.kind == .district }.compactMap { districts[$0.value] }.sorted(),
                           closes: row.closesOn, status: summary.isOpen ? "open" : "closed", answers: summary.answers,
                           url: base + SiteURL.calls(.show(.value(row.slug))).path)
        }
        return ListDTO(items: items, page: page.number, per: page.size, total: total)
    }
}

extension CallsAPIController.ItemDTO: APIObject {
    static let schemaName = "Call"
    static var example: Self {
        .init(id: UUID(), slug: "npf-saker-skola", title: "Vi söker föreningar med kunskap om NPF", department: "Grundskoleförvaltningen",
              competences: ["npf"], categories: ["disability"], districts: ["vivalla"], closes: "2026-12-18", status: "open", answers: 2,
              url: "https://example.se/efterlysningar/npf-saker-skola")
    }
    static var refinements: [String: JSONSchema] {
        ["closes": .day, "status": .values(CallsAPIController.Status.self), "answers": .integer(minimum: 0),
         "categories": .array(.values(AssociationCategory.self))]
    }
}
