@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Projects as open data: CSV and JSON in the API's form, and in the DCAT-AP-SE catalogue")
struct ProjectsOpenDataTests {
    @Test("every project once, in both files, confirmed partners only; the catalogue lists both datasets")
    func files() async throws {
        try await TestApp.run { ctx in
            let total = try await ctx.app.count(Project.self)
            let csv = try await ctx.browser().get("/open-data/projects.csv")
            #expect(csv.status == .ok && csv.headers.contentType?.subType == "csv")
            let table = try CSVTable.read(Data(csv.body.string.utf8))
            #expect(table.rows.count == total)
            let body = try await ctx.browser().get("/open-data/projects.json").body.string
            let json = try #require(try JSONSerialization.jsonObject(with: Data(body.utf8)) as? [[String: Any]])
            #expect(json.count == total && Set(json.compactMap { $0["id"] as? String }).count == total)
            // An invited partner is in neither file until it says yes.
            let invited = try #require(try await ProjectPartner.query(on: ctx.app.db).filter(\.$status == .invited).filter(\.$associationID != nil).first())
            let association = try #require(try await Association.find(invited.associationID, on: ctx.app.db))
            let project = try #require(json.first { ($0["id"] as? String)?.lowercased() == invited.$project.id.uuidString.lowercased() })
            let partners = (project["associations"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
            #expect(!partners.contains(association.name))
            let catalog = try await ctx.browser().get("/open-data/catalog.jsonld").body.string
            #expect(catalog.contains("/open-data/projects.csv") && catalog.contains("/open-data/associations.json"))
            let parsed = try #require(try JSONSerialization.jsonObject(with: Data(catalog.utf8)) as? [String: Any])
            let graph = try #require(parsed["@graph"] as? [[String: Any]])
            #expect(graph.filter { $0["@type"] as? String == "dcat:Dataset" }.count == 2)
        }
    }
}
