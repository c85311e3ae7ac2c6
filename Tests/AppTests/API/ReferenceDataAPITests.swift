@testable import App
import Testing
import Vapor

@Suite("JSON API: reference data and the OpenAPI document")
struct ReferenceDataAPITests {
    func json(_ ctx: TestApp.Context, _ path: String) async throws -> Any {
        let response = try await ctx.browser().get(path)
        #expect(response.status == .ok)
        #expect(response.headers.contentType?.subType == "json")
        return try JSONSerialization.jsonObject(with: Data(response.body.string.utf8))
    }

    @Test("departments come with kind and entry point")
    func departments() async throws {
        try await TestApp.run { ctx in
            let items = try #require(try await json(ctx, "/api/v1/departments") as? [[String: Any]])
            #expect(items.count == 15)
            let company = try #require(items.first { $0["name"] as? String == "Örebrobostäder AB (ÖBO)" })
            #expect(company["kind"] as? String == "company")
            let entryPoint = try #require(company["entryPoint"] as? [String: Any])
            #expect(Set(entryPoint.keys) == ["email", "phone", "address", "openingHours"])
            #expect(UUID(uuidString: company["id"] as? String ?? "") != nil)
        }
    }

    @Test("districts and the 17 goals")
    func districtsAndGoals() async throws {
        try await TestApp.run { ctx in
            let districts = try #require(try await json(ctx, "/api/v1/districts") as? [[String: Any]])
            #expect(districts.contains { $0["name"] as? String == "Vivalla" && $0["kind"] as? String == "district" })
            #expect(districts.contains { $0["name"] as? String == "Garphyttan" && $0["kind"] as? String == "village" })
            let goals = try #require(try await json(ctx, "/api/v1/sdgs") as? [[String: Any]])
            #expect(goals.count == 17)
            #expect(goals.first?["number"] as? Int == 1)
            #expect(goals.first?["name"] as? String == "Ingen fattigdom")
            let english = try #require(try await json(ctx, "/api/v1/sdgs?lang=en") as? [[String: Any]])
            #expect(english.last?["name"] as? String == "Partnerships for the goals")
        }
    }

    @Test("every registered /api/v1 route is described in the OpenAPI document")
    func openAPICoversRoutes() async throws {
        try await TestApp.run { ctx in
            let document = try #require(try await json(ctx, "/api/openapi.json") as? [String: Any])
            #expect(document["openapi"] as? String == "3.1.0")
            let paths = try #require(document["paths"] as? [String: [String: Any]])
            for route in ctx.app.routes.all where route.path.first?.description == "api" && route.path.dropFirst().first?.description == "v1" {
                let path = "/" + route.path.map { component -> String in
                    if case .parameter(let name) = component { return "{\(name)}" }
                    return component.description
                }.joined(separator: "/")
                #expect(paths[path]?[route.method.rawValue.lowercased()] != nil, "\(route.method) \(path) is not in openapi.json")
            }
        }
    }

    @Test("health reports the database")
    func health() async throws {
        try await TestApp.run { ctx in
            let report = try #require(try await json(ctx, "/health") as? [String: String])
            #expect(report["status"] == "ok")
            #expect(report["database"] == (TestApp.postgresURL == nil ? "sqlite" : "postgres"))
        }
    }
}
