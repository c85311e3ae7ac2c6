import Vapor
import Fluent
import Domain
import Views

/// The public directory, its printable list and each association's page.
struct DirectoryController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.associations(.directory), .everyone, use: directory)
        routes.get(.associations(.printList), .everyone, use: printList)
        routes.get(.associations(.show(.key)), .everyone, use: show)
    }

    /// The query string, decoded once (each `req.query.get` decodes all of it again).
    struct Parameters: Decodable {
        var q, category, district, group, competence, joined, page: String?
    }

    /// Reads the filters and the page from the query string; unknown values are ignored rather
    /// than refused.
    static func filters(_ req: Request) -> (DirectoryPage.Filters, DirectoryQuery.Filter, page: Int?) {
        let parameters = (try? req.query.decode(Parameters.self)) ?? Parameters()
        func value(_ name: KeyPath<Parameters, String?>) -> String { (parameters[keyPath: name] ?? "").trimmingWhitespace() }
        let shown = DirectoryPage.Filters(query: String(value(\.q).prefix(200)), category: value(\.category), district: value(\.district),
                                          targetGroup: value(\.group), competence: String(value(\.competence).prefix(80)),
                                          joinedOnly: value(\.joined) == "on")
        var filter = DirectoryQuery.Filter()
        filter.terms = SearchTerms(shown.query)
        filter.category = AssociationCategory(rawValue: shown.category)
        filter.districtID = UUID(uuidString: shown.district)
        filter.targetGroup = TargetGroup(rawValue: shown.targetGroup)
        filter.competence = shown.competence
        filter.joinedOnly = shown.joinedOnly
        return (shown, filter, Int(value(\.page)))
    }

    @Sendable func directory(_ req: Request) async throws -> Response {
        let (shown, filter, number) = Self.filters(req)
        let query = DirectoryQuery(req.db, keepingCountsIn: req.application)
        let rows = try req.checked(try await query.page(filter, PageRequest(number: number)))
        let tags = try await query.tags(of: rows.items)
        let page = DirectoryPage(filters: shown, districts: try await AssociationStore.districtOptions(on: req.db), results: rows.map { row in
            AssociationSummary(slug: row.slug, name: row.name, summary: row.description.teaser(), categories: tags.categories[row.id] ?? [],
                               districts: tags.districts[row.id] ?? [], joinedSince: row.joinedSince)
        })
        return req.html(page.render(try await req.page()))
    }

    /// Larger pages for paper; still bounded.
    @Sendable func printList(_ req: Request) async throws -> Response {
        let (shown, filter, number) = Self.filters(req)
        let query = DirectoryQuery(req.db, keepingCountsIn: req.application)
        let rows = try req.checked(try await query.page(filter, PageRequest(number: number, size: PageRequest.maximumSize)))
        let tags = try await query.tags(of: rows.items)
        let context = try await req.page()
        let page = PrintListPage(filters: shown, districts: [], rows: rows.map { row in
            PrintListPage.Row(name: row.name, districts: tags.districts[row.id] ?? [],
                              contact: [row.email, row.phone, row.website].filter { !$0.isEmpty }.joined(separator: ", "),
                              joinedSince: row.joinedSince.map { context.words.date($0) })
        })
        return req.html(page.render(context))
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        let association = try await AssociationStore.find(slug: req.parameters.get("slug"), for: req.actor, on: req.db)
        req.cacheTrail?.depends(on: .association(association.id!))
        let page = try await AssociationStore.page(association, actor: req.actor, on: req.db)
        return req.html(page.render(try await req.page()))
    }
}
