@testable import App
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain

@Suite("The cooperation council: its members and clusters, its meetings, and the coordinator's roster")
struct CouncilTests {
    @Test("the page shows the members from both sides, each cluster counted and named from the directory, the latest news and the meetings")
    func page() async throws {
        try await TestApp.run { ctx in
            let page = try await ctx.browser().get("/samverkansradet")
            let html = page.body.string
            #expect(page.status == .ok)
            #expect(html.contains("Ledamöter (9)") && html.contains("Från föreningarna") && html.contains("Från kommunen"))
            #expect(html.contains("Amina Yusuf") && html.contains("Ordförande, Vivalla IF"))
            // A cluster links to the directory filtered the same way, with the directory's count and a few names.
            let sport = try await ctx.browser().get("/api/v1/associations?category=sport").content.decode(APIListCount.self).total
            #expect(html.contains("href=\"/foreningar?category=sport\"") && html.contains("Idrott och friluftsliv (\(sport) föreningar)"))
            #expect(html.contains("till exempel "))
            // The three latest news items, and the meetings.
            #expect(html.contains("Rådet besöker Föreningarnas dag i Vivalla") && !html.contains("Rådet söker ledamöter från föreningslivet"))
            #expect(html.contains("/samverkansradet/moten/") && html.contains("ledamöter var med"))
            // Only the coordinator is offered the forms.
            #expect(!html.contains("/samverkansradet/ledamoter/ny") && !html.contains("/samverkansradet/moten/nytt"))
            let admin = try await ctx.signedIn(Demo.admin).get("/samverkansradet").body.string
            #expect(admin.contains("/samverkansradet/ledamoter/ny") && admin.contains("/samverkansradet/moten/nytt"))
        }
    }

    struct APIListCount: Decodable { var total: Int }

    @Test("the coordinator adds, changes and removes a member; bad input stores nothing and says why; nobody else may")
    func roster() async throws {
        try await TestApp.run { ctx in
            let admin = try await ctx.signedIn(Demo.admin)
            let vivalla = try #require(try await District.query(on: ctx.app.db).filter(\.$slug == "vivalla").first())
            let good = ["name": "Nora Ali", "side": "associations", "represents": "Tjejjouren", "task": "Ledamot", "email": "nora@example.org",
                        "categories[]": "social", "districts[]": vivalla.typedID.description]
            let before = try await ctx.app.count(CouncilMember.self)
            for bad in [["name": ""], ["side": "both"], ["represents": ""], ["email": "nora"], ["categories[]": "chess"], ["districts[]": UUID().uuidString],
                        ["task": "Ledamot\noch mer"]] {
                let response = try await admin.submit("/samverkansradet/ledamoter/ny", good.merging(bad) { $1 })
                #expect(response.status == .unprocessableEntity && response.body.string.contains("error-summary"), "\(bad)")
            }
            #expect(try await ctx.app.count(CouncilMember.self) == before)
            #expect(try await admin.submit("/samverkansradet/ledamoter/ny", good).status == .seeOther)
            let member = try #require(try await CouncilMember.query(on: ctx.app.db).filter(\.$name == "Nora Ali").first())
            #expect(member.categoryList == [.social] && member.districtList == [vivalla.typedID] && member.position == before)
            let shown = try await ctx.browser().get("/samverkansradet").body.string
            #expect(shown.contains("Nora Ali") && shown.contains("href=\"/foreningar?district=\(vivalla.typedID)\""))
            let path = "/samverkansradet/ledamoter/\(member.id!.uuidString.lowercased())/andra"
            #expect(try await admin.submit(path, good.merging(["task": "Vice ordförande"]) { $1 }).status == .seeOther)
            #expect(try await CouncilMember.find(member.id, on: ctx.app.db)?.task == "Vice ordförande")
            // Others may neither see the form nor post it.
            for email in [Demo.council, Demo.staff] {
                let other = try await ctx.signedIn(email)
                #expect(try await other.get("/samverkansradet/ledamoter/ny").status == .forbidden)
                #expect(try await other.post(path, ["intent": "remove"]).status == .forbidden)
            }
            #expect(try await admin.submit(path, ["intent": "remove"]).status == .seeOther)
            #expect(try await CouncilMember.find(member.id, on: ctx.app.db) == nil)
            #expect(try await AuditEntry.query(on: ctx.app.db).filter(\.$entityID == member.id!.uuidString).count() == 3)
        }
    }

    @Test("the coordinator records a council meeting with the members who came; everyone reads it")
    func meeting() async throws {
        try await TestApp.run { ctx in
            let admin = try await ctx.signedIn(Demo.admin)
            let chair = try #require(try await CouncilMember.query(on: ctx.app.db).filter(\.$name == "Amina Yusuf").first())
            let day = CalendarDay(ctx.clock.now).adding(days: -1).description
            let good = ["day": day, "place": "Rådhuset", "agenda": "- Enkäten", "minutes": "Rådet beslutade om frågorna.", "present[]": chair.typedID.description]
            let bad = try await admin.submit("/samverkansradet/moten/nytt", good.merging(["present[]": UUID().uuidString]) { $1 })
            #expect(bad.status == .unprocessableEntity)
            let saved = try await admin.submit("/samverkansradet/moten/nytt", good)
            let path = try #require(saved.headers.first(name: .location)?.split(separator: "?").first.map { String($0) })
            #expect(path.hasPrefix("/samverkansradet/moten/"))
            let shown = try await ctx.browser().get(path).body.string
            #expect(shown.contains("Rådets möte") && shown.contains("Amina Yusuf"))
            #expect(shown.contains("Var med (1)") && shown.contains("Var inte med (8)"))
            #expect(try await ctx.signedIn(Demo.council).get("/samverkansradet/moten/nytt").status == .forbidden)
        }
    }
}

@Suite("A matter raised with the council: the inquiry machinery, with the council's members handling it")
struct CouncilMatterTests {
    @Test("anyone raises a matter; it is the council's in the inbox; a member answers; the asker reads the answer; nobody else handles it")
    func matter() async throws {
        try await TestApp.run { ctx in
            let form = try await ctx.browser().get("/kontakt/fraga?topic=council").body.string
            #expect(form.contains("value=\"council\" selected") || form.contains("value=\"council\" checked"))
            let asker = ctx.browser()
            let sent = try await asker.submit("/kontakt/fraga", ["topic": "council", "question": "Kan rådet ta upp lokalfrågan i Vivalla?",
                                                                "name": "Sara Berg", "email": "sara@example.org", "channel": "email"])
            #expect(sent.status == .seeOther)
            let tracking = try #require(sent.headers.first(name: .location)?.split(separator: "?").first.map { String($0) })
            let inquiry = try #require(try await Inquiry.query(on: ctx.app.db).filter(\.$topic == .council).with(\.$department).first())
            #expect(inquiry.department.isCoordinator)
            let member = try await ctx.signedIn(Demo.council)
            let inbox = try await member.get("/handlaggning/arenden").body.string
            #expect(inbox.contains(inquiry.reference))
            let path = "/handlaggning/arenden/\(inquiry.reference)"
            #expect(try await member.get(path).status == .ok)
            #expect(try await member.submit(path + "/svara", ["reply": "Rådet tar upp den på mötet i december."]).status == .seeOther)
            #expect(try await asker.get(tracking).body.string.contains("Rådet tar upp den på mötet i december."))
            // A member of the public, and staff of another department, do not reach it; a council member reaches no other inquiry.
            #expect(try await ctx.signedIn(Demo.member).get(path).status == .forbidden)
            #expect(try await ctx.signedIn("kontaktperson.social@demo.samverka.example").get(path).status == .forbidden)
            let other = try #require(try await Inquiry.query(on: ctx.app.db).filter(\.$topic != .council).first())
            #expect(try await member.get("/handlaggning/arenden/\(other.reference)").status == .notFound)
            #expect(!inbox.contains(other.reference))
            // Transferred on to a department, it is that department's: the council no longer handles it.
            let admin = try await ctx.signedIn(Demo.admin)
            let social = try await ctx.department("socialforvaltningen")
            #expect(try await admin.submit(path, to: path + "/overfor", ["department": social.typedID.description, "reason": "Det gäller socialtjänsten."])
                .status == .seeOther)
            #expect(try await member.get(path).status == .notFound)
        }
    }
}
