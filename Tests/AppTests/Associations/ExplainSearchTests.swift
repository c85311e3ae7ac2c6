@testable import App
import Testing
import Fluent
import Domain

/// `samverka explain-search`: a search URL read as the directory page and the API read it, and
/// the plan of each statement the directory runs for it, on either database.
@Suite("Explain a search: the statements behind one URL, with their plans")
struct ExplainSearchTests {
    @Test("the URL's filters and page, as the page and the API write them")
    func parsing() {
        let district = UUID()
        let (filter, page) = ExplainSearchCommand.search(
            "/foreningar?q=l%C3%A4xhj%C3%A4lp&category=sport&district=\(district)&group=youth&competence=npf&joined=on&page=3")
        #expect(filter.terms.words == ["läxhjälp"])
        #expect(filter.category == .sport && filter.districtID == district && filter.targetGroup == .youth)
        #expect(filter.competence == "npf" && filter.joinedOnly && page.number == 3 && page.size == PageRequest.defaultSize)
        let (api, apiPage) = ExplainSearchCommand.search("/api/v1/associations?joined=true&category=nonsense&per=10")
        #expect(api.joinedOnly && api.category == nil && api.terms.isEmpty && apiPage.size == 10)
    }

    @Test("each statement's plan, as run")
    func plans() async throws {
        try await TestApp.run { ctx in
            let query = DirectoryQuery(ctx.app.db)
            for url in ["/foreningar?q=idrott&category=sport&page=2", "/foreningar", "/api/v1/associations?joined=true"] {
                let (filter, page) = ExplainSearchCommand.search(url)
                let statements = try await query.statements(filter, page)
                #expect(!statements.isEmpty)
                for (name, statement) in statements {
                    let plan = try await QueryPlan.analyzed(statement, on: ctx.app.db)
                    #expect(!plan.isEmpty, "\(url): \(name)")
                }
                // On PostgreSQL a search reads the posting lists, then the page's rows by position
                // (QueryPlanTests checks both use their indexes).
                if ctx.app.db.isPostgres && filter.isIndexed {
                    #expect(statements.map(\.0) == ["chunks of the lists", "posting lists", "page by position"], "\(url)")
                }
            }
        }
    }
}
