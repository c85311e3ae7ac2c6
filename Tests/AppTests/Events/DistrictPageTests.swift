@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("District pages and the start page: what happens where you live")
struct DistrictPageTests {
    @Test("every district is listed with its counts; a district's page gathers its events, associations and projects; the start page shows what is next")
    func districts() async throws {
        try await TestApp.run { ctx in
            let list = try await ctx.browser().get("/stadsdelar")
            let districtCount = try await District.query(on: ctx.app.db).count()
            #expect(list.status == .ok && list.body.string.components(separatedBy: "href=\"/stadsdelar/").count == districtCount + 1)
            let vivallaID = try #require(try await District.query(on: ctx.app.db).filter(\.$slug == "vivalla").first()).id!
            let coming = try await EventStore.coming(EventStore.Filter(district: DistrictID(vivallaID)), now: ctx.clock.now, on: ctx.app.db).count()
            #expect(list.body.string.contains("\(coming) kommande evenemang"))
            let vivalla = try await ctx.browser().get("/stadsdelar/vivalla").body.string
            #expect(vivalla.contains("Föreningarnas dag i Vivalla") && !vivalla.contains("Föreningarnas dag i Varberga"))
            let id = try #require(try await District.query(on: ctx.app.db).filter(\.$slug == "vivalla").first()).typedID
            #expect(vivalla.contains("/foreningar?district=\(id)") && vivalla.contains("/evenemang.ics?district=\(id)"))
            #expect(vivalla.contains("Läxhjälp i Vivalla")) // an ongoing project there
            #expect(try await ctx.browser().get("/stadsdelar/atlantis").status == .notFound)
            let home = try await ctx.browser().get("/").body.string
            #expect(home.contains("href=\"/stadsdelar\"") && home.contains("Det händer snart"))
            let main = try #require(home.components(separatedBy: "<main").last)
            #expect(main.components(separatedBy: ">Kontakta kommunen<").count <= 2) // not linked twice in "Börja här"
        }
    }
}
