@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Consultations: announced, open, closed, compiled — pages, feed and API")
struct ConsultationTests {
    static func fields(_ department: Department, announced: String, opens: String, closes: String) -> [String: String] {
        ["title": "Ny idrottshall i Glanshammar", "caseNumber": "KFN 2026/999", "summary": "Var ska hallen ligga?",
         "easyRead": "Kommunen vill bygga en idrottshall.", "questions": "Var ska den ligga?", "announced": announced, "opens": opens,
         "closes": closes, "departmentID": department.id!.uuidString.lowercased(), "categories[]": "sport"]
    }

    @Test("the demo shows every state in its tab, and filters narrow them")
    func tabs() async throws {
        try await TestApp.run { ctx in
            let open = try await ctx.browser().get("/samrad")
            #expect(open.body.string.contains("Plan för elever med NPF i grundskolan") && open.body.string.contains("dagar kvar"))
            #expect(!open.body.string.contains("Detaljplan för bostäder vid Bettorp"))
            #expect(try await ctx.browser().get("/samrad?status=planned").body.string.contains("Detaljplan för bostäder vid Bettorp"))
            #expect(try await ctx.browser().get("/samrad?status=closed").body.string.contains("Kulturpolitiskt program"))
            #expect(try await ctx.browser().get("/samrad?status=compiled").body.string.contains("Nya riktlinjer för föreningsbidrag"))
            let vivalla = try #require(try await District.query(on: ctx.app.db).filter(\.$name == "Vivalla").first()?.id)
            let filtered = try await ctx.browser().get("/samrad?status=open&district=\(vivalla.uuidString.lowercased())")
            #expect(filtered.body.string.contains("Ny lekplats i Vivalla") && !filtered.body.string.contains("Plan för elever med NPF"))
            let compiled = try #require(try await Consultation.query(on: ctx.app.db).filter(\.$compiledAt != nil).first())
            let page = try await ctx.browser().get("/samrad/\(compiled.slug)")
            #expect(page.body.string.contains("Sammanställning") && page.body.string.contains("Tre föreningar svarade här i Samverka"))
        }
    }

    @Test("a department announces a consultation; it stays hidden until its announcement day; others cannot edit it")
    func announcing() async throws {
        try await TestApp.run { ctx in
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            let staff = try await ctx.signedIn(Demo.staff)
            let before = try await ctx.app.count(Consultation.self)
            let bad = try await staff.submit("/handlaggning/samrad/ny", Self.fields(culture, announced: "2026-12-01", opens: "2026-11-20", closes: "2026-11-19"))
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Aviseringen måste vara"))
            #expect(try await ctx.app.count(Consultation.self) == before)
            let created = try await staff.submit("/handlaggning/samrad/ny", Self.fields(culture, announced: "2026-11-20", opens: "2026-12-01", closes: "2026-12-31"))
            #expect(created.status == .seeOther)
            let stored = try #require(try await Consultation.query(on: ctx.app.db).filter(\.$caseNumber == "KFN 2026/999").first())
            // the clock says 16 November: not announced yet
            #expect(try await ctx.browser().get("/samrad/\(stored.slug)").status == .notFound)
            #expect(!(try await ctx.browser().get("/samrad?status=planned").body.string.contains("Ny idrottshall")))
            #expect(try await staff.get("/samrad/\(stored.slug)").status == .ok)
            #expect(try await ctx.json("/api/v1/consultations/\(stored.id!.uuidString)").status == 404)
            ctx.clock.advance(by: 5 * 86_400)
            #expect(try await ctx.browser().get("/samrad?status=planned").body.string.contains("Ny idrottshall"))
            let other = try await ctx.signedIn(DemoInquiries.socialContact)
            #expect(try await other.get("/handlaggning/samrad/\(stored.slug)").status == .forbidden)
            #expect(try await ctx.signedIn(Demo.admin).get("/handlaggning/samrad/\(stored.slug)").status == .ok)
        }
    }

    @Test("the compilation can be published only after the closing day, and is then public and in the API")
    func compiling() async throws {
        try await TestApp.run { ctx in
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            let staff = try await ctx.signedIn(Demo.staff)
            try await staff.submit("/handlaggning/samrad/ny", Self.fields(culture, announced: "2026-11-16", opens: "2026-11-16", closes: "2026-11-18"))
            let stored = try #require(try await Consultation.query(on: ctx.app.db).filter(\.$caseNumber == "KFN 2026/999").first())
            let path = "/handlaggning/samrad/\(stored.slug)"
            try await staff.get(path)
            #expect(try await staff.post(path + "/sammanstallning", ["compilation": "För tidigt."]).status == .conflict)
            ctx.clock.advance(by: 3 * 86_400) // Thursday 19th, 08:00: the 18th has ended
            let later = try await ctx.signedIn(Demo.staff) // the old session has gone idle
            try await later.get(path)
            #expect(try await later.post(path + "/sammanstallning", ["compilation": ""]).status == .unprocessableEntity)
            try await later.get(path)
            #expect(try await later.post(path + "/sammanstallning", ["compilation": "Tre föreningar svarade. Hallen byggs vid skolan."]).status == .seeOther)
            #expect(try await ctx.browser().get("/samrad?status=compiled").body.string.contains("Ny idrottshall"))
            let api = try await ctx.json("/api/v1/consultations/\(stored.id!.uuidString)")
            let body = try #require(api.body as? [String: Any])
            #expect(body["compilation"] as? String == "Tre föreningar svarade. Hallen byggs vid skolan.")
            #expect((body["consultation"] as? [String: Any])?["status"] as? String == "compiled")
        }
    }

    @Test("the Atom feed is well-formed and lists the announced consultations; the API lists by status")
    func feedAndAPI() async throws {
        try await TestApp.run { ctx in
            let feed = try await ctx.browser().get("/consultations.atom")
            #expect(feed.status == .ok && feed.headers.contentType?.subType == "atom+xml")
            let xml = feed.body.string
            #expect(xml.contains("<feed xmlns=\"http://www.w3.org/2005/Atom\">"))
            #expect(xml.components(separatedBy: "<entry>").count - 1 == 6)
            #expect(xml.contains("<title>Detaljplan för bostäder vid Bettorp</title>"))
            let bettorp = try #require(try await District.query(on: ctx.app.db).filter(\.$name == "Bettorp").first()?.id)
            let local = try await ctx.browser().get("/consultations.atom?district=\(bettorp.uuidString.lowercased())").body.string
            #expect(local.components(separatedBy: "<entry>").count - 1 == 1)
            let list = try await ctx.json("/api/v1/consultations?status=planned")
            let items = try #require((list.body as? [String: Any])?["items"] as? [[String: Any]])
            #expect(items.map { $0["caseNumber"] as? String } == ["SBN 2026/118", "VON 2026/77"])
            #expect(try await ctx.json("/api/v1/consultations?status=soon").status == 400)
        }
    }
}
