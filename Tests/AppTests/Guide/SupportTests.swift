@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Support catalogue and the ladder guide")
struct SupportTests {
    static let offering: [String: String] = [
        "title": "Bidrag till körer", "kind": "grant", "step": "1", "summary": "Pengar till körer.", "easyRead": "Körer kan få pengar.",
        "howToApply": "Skriv till oss.\nVi svarar.", "deadline": "2027-03-01", "categories[]": "culture", "published": "on",
    ]

    @Test("the catalogue lists the demo's published offerings and filters them; the API says the same")
    func catalogue() async throws {
        try await TestApp.run { ctx in
            let page = try await ctx.browser().get("/stod")
            #expect(page.status == .ok && page.body.string.contains("24 stöd"))
            let grants = try await ctx.browser().get("/stod?kind=grant")
            #expect(grants.body.string.contains("Bidrag för sommarlovsaktiviteter") && !grants.body.string.contains("Föreningsrådgivning"))
            // a category filter keeps the offerings that are for every kind of association
            let seniors = try await ctx.browser().get("/stod?category=seniors")
            #expect(seniors.body.string.contains("Äldrerådet") && seniors.body.string.contains("Föreningsrådgivning"))
            #expect(!seniors.body.string.contains("Bidrag för sommarlovsaktiviteter"))
            let api = try await ctx.json("/api/v1/support?kind=partnership")
            let items = try #require((api.body as? [String: Any])?["items"] as? [[String: Any]])
            #expect(api.status == 200 && items.count == 3 && items.allSatisfy { $0["requiresJoined"] as? Bool == true })
            #expect(try await ctx.json("/api/v1/support?kind=gold").status == 400)
            #expect(try await ctx.json("/api/v1/support?step=5").status == 400)
        }
    }

    @Test("a department publishes an offering; bad input is refused and nothing is stored; other departments cannot edit it")
    func publishing() async throws {
        try await TestApp.run { ctx in
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            let staff = try await ctx.signedIn(Demo.staff)
            let before = try await ctx.app.count(SupportOffering.self)
            let bad = try await staff.submit("/handlaggning/stod/ny", Self.offering.merging(["title": "", "deadline": "1 mars",
                                                                                             "departmentID": culture.id!.uuidString.lowercased()]) { $1 })
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("Skriv datumet som år-månad-dag"))
            #expect(try await ctx.app.count(SupportOffering.self) == before)
            // another department's id is not theirs to choose
            let social = try await ctx.department("socialforvaltningen")
            let foreign = try await staff.submit("/handlaggning/stod/ny", Self.offering.merging(["departmentID": social.id!.uuidString]) { $1 })
            #expect(foreign.status == .unprocessableEntity)
            let created = try await staff.submit("/handlaggning/stod/ny", Self.offering.merging(["departmentID": culture.id!.uuidString]) { $1 })
            #expect(created.status == .seeOther)
            let stored = try #require(try await SupportOffering.query(on: ctx.app.db).filter(\.$title == "Bidrag till körer").with(\.$categories).first())
            #expect(stored.$department.id == culture.id && stored.categories.map(\.category) == [.culture] && stored.deadline != nil)
            #expect(try await ctx.browser().get("/stod/\(stored.slug)").body.string.contains("1 mars 2027"))
            // a colleague in another department may not edit it; an admin may
            let other = try await ctx.signedIn(DemoInquiries.socialContact)
            #expect(try await other.get("/handlaggning/stod/\(stored.slug)").status == .forbidden)
            let admin = try await ctx.signedIn(Demo.admin)
            #expect(try await admin.get("/handlaggning/stod/\(stored.slug)").status == .ok)
            // unpublished: gone from the public, still there for its department
            try await staff.get("/handlaggning/stod/\(stored.slug)")
            try await staff.post("/handlaggning/stod/\(stored.slug)", Self.offering.merging(["departmentID": culture.id!.uuidString, "published": ""]) { $1 })
            #expect(try await ctx.browser().get("/stod/\(stored.slug)").status == .notFound)
            #expect(try await staff.get("/stod/\(stored.slug)").status == .ok)
            let audit = try await AuditEntry.query(on: ctx.app.db).filter(\.$entityID == stored.id!.uuidString).all().map(\.action)
            #expect(audit.sorted() == ["support.create", "support.update"])
        }
    }

    @Test("the guide asks one question at a time, then answers with support, whom to call, and a prefilled question")
    func guide() async throws {
        try await TestApp.run { ctx in
            let vivalla = try #require(try await District.query(on: ctx.app.db).filter(\.$name == "Vivalla").first())
            let district = vivalla.id!.uuidString.lowercased()
            let browser = ctx.browser()
            #expect(try await browser.get("/vagledning").body.string.contains("Vad vill ni?"))
            let partway = try await browser.get("/vagledning?want=moneyOrPremises&category=youth")
            #expect(partway.body.string.contains("Var finns ni?") && partway.body.string.contains("name=\"want\" value=\"moneyOrPremises\""))
            let answers = "want=moneyOrPremises&category=youth&district=\(district)&orgNumber=no&joined=no&capacity=little"
            let result = try await browser.get("/vagledning?" + answers)
            let html = result.body.string
            #expect(html.contains("Det här passar er") && html.contains("Bidrag för sommarlovsaktiviteter"))
            #expect(html.contains("Kultur- och fritidsförvaltningen") && html.contains("Skatteverket"))
            #expect(html.contains("/kontakt/fraga?topic=grants&amp;from=guide"))
            let ask = try await browser.get("/kontakt/fraga?topic=grants&from=guide&" + answers)
            #expect(ask.body.string.contains("Jag har använt vägledningen") && ask.body.string.contains("Vivalla"))
            #expect(ask.body.string.contains("value=\"\(district)\" selected"))
            // the API gives the same recommendation
            let api = try await ctx.json("/api/v1/guide?" + answers)
            let body = try #require(api.body as? [String: Any])
            #expect((body["offerings"] as? [[String: Any]])?.first?["title"] as? String == "Bidrag för sommarlovsaktiviteter")
            #expect((body["nextSteps"] as? [String])?.contains("getOrgNumber") == true)
            #expect(try await ctx.json("/api/v1/guide?category=youth&orgNumber=no&joined=no&capacity=little").status == 400)
            #expect(try await ctx.json("/api/v1/guide?" + answers.replacingOccurrences(of: district, with: String(repeating: "0", count: 65))).status == 400)
        }
    }
}
