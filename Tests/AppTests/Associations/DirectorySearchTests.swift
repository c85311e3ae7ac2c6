@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Directory: full-text search with å, ä, ö, filters, fair order")
struct DirectorySearchTests {
    func names(_ ctx: TestApp.Context, _ query: String) async throws -> [String] {
        let body = try #require(try await ctx.json("/api/v1/associations?q=\(query.addingPercentEncoding(withAllowedCharacters: .alphanumerics)!)&per=50").body as? [String: Any])
        return (body["items"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }
    }

    @Test("å, ä and ö are letters of their own: åker does not find aker, and the other way round")
    func swedishLetters() async throws {
        try await TestApp.run(demo: false) { ctx in
            try await ctx.association("Åkerby idrottsförening")
            try await ctx.association("Akerby idrottsförening")
            try await ctx.association("Ölands vänner", description: "Vi träffas på Öland.")
            try await ctx.association("Olands vänner")
            try await ctx.association("Föräldraföreningen Trygg", description: "Stöd för föräldrar.")
            #expect(try await names(ctx, "åkerby") == ["Åkerby idrottsförening"])
            #expect(try await names(ctx, "akerby") == ["Akerby idrottsförening"])
            #expect(try await names(ctx, "Öland") == ["Ölands vänner"])
            #expect(try await names(ctx, "oland") == ["Olands vänner"])
            // prefix search and a word from the description
            #expect(try await names(ctx, "föräld").contains("Föräldraföreningen Trygg"))
            #expect(try await names(ctx, "idrottsför").count == 2)
        }
    }

    @Test("the default order is Swedish alphabetical, never by size: å, ä, ö come after z")
    func order() async throws {
        try await TestApp.run(demo: false) { ctx in
            for name in ["Örnarna", "Zebran", "Ängsblomman", "Åsen", "Andra"] { try await ctx.association(name) }
            #expect(try await names(ctx, "") == ["Andra", "Zebran", "Åsen", "Ängsblomman", "Örnarna"])
        }
    }

    @Test("filters by category, district, target group, competence and joined, and pages of at most 50")
    func filters() async throws {
        try await TestApp.run { ctx in
            let vivalla = try #require(try await District.query(on: ctx.app.db).filter(\.$slug == "vivalla").first())
            let all = try #require(try await ctx.json("/api/v1/associations?per=50").body as? [String: Any])
            #expect(all["total"] as? Int == 60)
            #expect((all["items"] as? [Any])?.count == 50)
            let joined = try #require(try await ctx.json("/api/v1/associations?joined=true").body as? [String: Any])
            #expect((joined["total"] as? Int ?? 0) == 30)
            let inVivalla = try #require(try await ctx.json("/api/v1/associations?district=\(vivalla.id!.uuidString)").body as? [String: Any])
            for item in inVivalla["items"] as? [[String: Any]] ?? [] {
                #expect((item["districts"] as? [String])?.contains("Vivalla") == true)
            }
            let npf = try await ctx.browser().get("/foreningar?competence=npf").body.string
            #expect(npf.contains("NPF-föreningen") || npf.contains("Autism"))
            let html = try await ctx.browser().get("/foreningar?category=sport&group=children").body.string
            #expect(html.contains("Bollklubb"))
            #expect(!html.contains("PRO "))
        }
    }
}
