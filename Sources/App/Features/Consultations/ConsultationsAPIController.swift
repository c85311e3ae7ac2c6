import Vapor
import Fluent
import Domain
import Views

/// Consultations as JSON: the list by status and filters, and one with its compilation.
struct ConsultationsAPIController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.api(.consultations), .everyone, use: list)
        routes.get(.api(.consultation(.key)), .everyone, use: one)
    }

    struct ItemDTO: Content {
        var id: UUID
        var title: String
        var caseNumber: String
        var department: String
        var announced: String
        var opens: String
        var closes: String
        var status: String
        var districts: [String]
        var categories: [String]
        var responseCount: Int
        var url: String
    }

    struct ListDTO: Content {
        var items: [ItemDTO]
        var total: Int
        var page: Int
        var per: Int
    }

    struct DetailDTO: Content {
        var consultation: ItemDTO
        var summary: String
        var easyRead: String
        var questions: [String]
        var documents: [String]
        @NullEncoded var compilation: String?
        @NullEncoded var compiledAt: String?
    }

    private func items(_ rows: [Consultation], req: Request) async throws -> [ItemDTO] {
        let summaries = try await ConsultationStore.summaries(rows, now: req.now, on: req.db)
        let ids = rows.compactMap(\.id)
        let tags = ids.isEmpty ? [] : try await ConsultationCategory.query(on: req.db).filter(\.$consultation.$id ~~ ids).all()
        let counts = try await ResponseStore.counts(ids, on: req.db)
        let base = req.application.baseAddress
        return zip(rows, summaries).map { row, summary in
            ItemDTO(id: row.id!, title: row.title, caseNumber: row.caseNumber, department: summary.department,
                    announced: summary.dates.announced.description, opens: summary.dates.opens.description,
                    closes: summary.dates.closes.description, status: summary.status.rawValue, districts: summary.districts,
                    categories: tags.filter { $0.$consultation.id == row.id }.map(\.category.rawValue).sorted(),
                    responseCount: counts[row.id!] ?? 0, url: base + SiteURL.consultations(.show(.value(row.slug))).path)
        }
    }

    @Sendable func list(_ req: Request) async throws -> ListDTO {
        let query = APIQuery(req: req)
        let status = try query.choice("status", ConsultationStatus.self) ?? .open
        let filter = ConsultationStore.Filter(district: try query.id("district", "a district id (see /api/v1/districts)").map(DistrictID.init),
                                              category: try query.choice("category", AssociationCategory.self), department: nil)
        let page = try query.page()
        let builder = try await ConsultationStore.query(status, filter, now: req.now, on: req.db)
        let total = try await builder.count()
        let rows = try req.checked(Paged(items: try await builder.range(page.offset..<(page.offset + page.size)).all(), page: page, total: total)).items
        return ListDTO(items: try await items(rows, req: req), total: total, page: page.number, per: page.size)
    }

    @Sendable func one(_ req: Request) async throws -> DetailDTO {
        guard let raw = req.parameters.get("id"), let id = UUID(uuidString: raw) else {
            throw APIError(.badRequest, "id must be a consultation id", field: "id")
        }
        guard let row = try await Consultation.find(id, on: req.db), row.announcedOn <= req.now else {
            throw APIError(.notFound, "no such consultation")
        }
        let item = try await items([row], req: req)[0]
        let compiled = row.compiledAt != nil
        return DetailDTO(consultation: item, summary: row.summary, easyRead: row.easyRead,
                         questions: row.questions.split(whereSeparator: \.isNewline).map(String.init),
                         documents: row.links.split(whereSeparator: \.isNewline).map(String.init),
                         compilation: compiled ? row.compilation : nil,
                         compiledAt: row.compiledAt.map { CalendarDay($0).description })
    }
}
