import Vapor
import Fluent
import Domain
import Views

/// The public support catalogue, one offering at a time, and the same as JSON.
struct SupportCatalogueController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.support(.catalogue), .everyone, use: catalogue)
        routes.get(.support(.offering(.key)), .everyone, use: offering)
        routes.get(.api(.support), .everyone, use: api)
    }

    struct Filter: Sendable {
        var kind: SupportKind?
        var category: AssociationCategory?
        var department: DepartmentID?
        var step: LadderStep?

        init(_ req: Request) {
            kind = req.query[String.self, at: "kind"].flatMap(SupportKind.init(rawValue:))
            category = req.query[String.self, at: "category"].flatMap(AssociationCategory.init(rawValue:))
            department = req.query[String.self, at: "department"].flatMap(DepartmentID.init)
            step = req.query[String.self, at: "step"].flatMap(Int.init).flatMap(LadderStep.init(rawValue:))
        }

        var values: [String: String] {
            ["kind": kind?.rawValue, "category": category?.rawValue, "department": department?.description,
             "step": step.map { String($0.rawValue) }].compactMapValues { $0 }
        }
    }

    /// Published offerings matching the filter, in title order, one page of them.
    static func page(_ filter: Filter, _ page: Domain.PageRequest, on db: any Database) async throws -> Paged<SupportOffering> {
        let query = SupportOffering.query(on: db).filter(\.$isPublished == true)
        if let kind = filter.kind { query.filter(\.$kind == kind) }
        if let step = filter.step { query.filter(\.$step == step.rawValue) }
        if let department = filter.department { query.filter(\.$department.$id == department.uuid) }
        if let category = filter.category {
            // Offerings for this category, and those for every category (no tags at all).
            let tagged = try await SupportCategoryTag.query(on: db).filter(\.$category == category).limit(5_000).all().map { $0.$offering.id }
            let anyTagged = try await SupportCategoryTag.query(on: db).field(\.$offering.$id).unique().limit(5_000).all().map { $0.$offering.id }
            query.group(.or) { group in
                group.filter(\.$id ~~ tagged)
                group.filter(\.$id !~ anyTagged)
            }
        }
        let total = try await query.count()
        let items = try await query.sort(\.$title).range(page.offset..<(page.offset + page.size)).all()
        return Paged(items: items, page: page, total: total)
    }

    @Sendable func catalogue(_ req: Request) async throws -> Response {
        let filter = Filter(req)
        let paged = try req.checked(try await Self.page(filter, Domain.PageRequest(number: try? req.query.get(Int.self, at: "page")), on: req.db))
        let cards = try await SupportStore.cards(paged.items, on: req.db)
        let departments = try await Department.query(on: req.db).sort(\.$position).sort(\.$name).all().map { Form.Option($0.typedID, $0.name) }
        let model = SupportCataloguePage(filters: filter.values, offerings: Paged(items: cards, page: paged.page, total: paged.total),
                                         departments: departments)
        return req.html(model.render(try await req.page()))
    }

    @Sendable func offering(_ req: Request) async throws -> Response {
        guard let slug = req.parameters.get("slug"),
              let offering = try await SupportOffering.query(on: req.db).filter(\.$slug == slug).with(\.$department).with(\.$categories).first()
        else { throw Abort(.notFound) }
        let canEdit = Policy.mayPublish(req.actor, for: DepartmentID(offering.$department.id))
        guard offering.isPublished || canEdit else { throw Abort(.notFound) }
        let page = SupportOfferingPage(
            card: SupportStore.card(offering, department: offering.department.name), summary: offering.summary,
            conditions: offering.conditions,
            howToApply: offering.howToApply.split(whereSeparator: \.isNewline).map { $0.trimmingWhitespace() }.filter { !$0.isEmpty },
            externalURL: offering.externalURL, entryPoint: offering.department.entryPointCard,
            categories: offering.categories.map(\.category).sorted { $0.rawValue < $1.rawValue }, isPublished: offering.isPublished,
            canEdit: canEdit)
        return req.html(page.render(try await req.page()))
    }

    struct OfferingDTO: Content {
        var id: UUID
        var title: String
        var kind: String
        var ladderStep: Int
        var summary: String
        var easyRead: String
        var conditions: String
        var requiresJoined: Bool
        var requiresOrgNumber: Bool
        @NullEncoded var deadline: String?
        var categories: [String]
        var department: String
        var url: String
    }

    struct ListDTO: Content {
        var items: [OfferingDTO]
        var total: Int
        var page: Int
        var per: Int
    }

    @Sendable func api(_ req: Request) async throws -> ListDTO {
        let query = APIQuery(req: req)
        var filter = Filter(req)
        filter.kind = try query.choice("kind", SupportKind.self)
        filter.category = try query.choice("category", AssociationCategory.self)
        filter.department = try query.id("department", "a department id (see /api/v1/departments)").map(DepartmentID.init)
        filter.step = try query.number("step", 1...4).flatMap(LadderStep.init(rawValue:))
        let page = try query.page()
        let paged = try req.checked(try await Self.page(filter, page, on: req.db))
        for offering in paged.items { try await offering.$categories.load(on: req.db) }
        let cards = try await SupportStore.cards(paged.items, on: req.db)
        let base = req.application.baseAddress
        let items = zip(paged.items, cards).map { offering, card in
            OfferingDTO(id: offering.id!, title: offering.title, kind: offering.kind.rawValue, ladderStep: offering.step, summary: offering.summary,
                        easyRead: offering.easyRead, conditions: offering.conditions, requiresJoined: offering.requiresJoined,
                        requiresOrgNumber: offering.requiresOrgNumber, deadline: card.deadline?.description,
                        categories: offering.categories.map { $0.category.rawValue }.sorted(), department: card.department,
                        url: base + SiteURL.support(.offering(.value(offering.slug))).path)
        }
        return ListDTO(items: items, total: paged.total, page: page.number, per: page.size)
    }
}
