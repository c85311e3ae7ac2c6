@testable import App
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain

@Suite("Volunteer assignments: publishing, finding by filters and words, changing, closing, the API")
struct VolunteeringTests {
    static func form(_ ctx: TestApp.Context, _ changes: [String: String] = [:]) async throws -> [String: String] {
        let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
        let vivalla = try #require(try await District.query(on: ctx.app.db).filter(\.$slug == "vivalla").first())
        return ["organiser": Party.department(culture.typedID).description, "title": "Läshjälp för nyanlända", "easyRead": "Läs med någon som lär sig svenska.",
                "summary": "Vi läser enkla böcker tillsammans.", "targetGroup": "newcomers", "districts[]": vivalla.typedID.description,
                "timing": "regular", "schedule": "Torsdagar 17–18", "effort": "1 timme i veckan", "minimumAge": "16", "languages": "svenska, tigrinja",
                "perks[]": "introduction", "needed": "3", "closes": CalendarDay(ctx.clock.now).adding(days: 30).description,
                "contactName": "Lena", "contactEmail": "lena.volontar@example.org"].merging(changes) { $1 }
    }

    static func assignment(_ ctx: TestApp.Context, _ title: String = "Läshjälp för nyanlända") async throws -> VolunteerAssignment {
        try #require(try await VolunteerAssignment.query(on: ctx.app.db).filter(\.$title == title).first())
    }

    @Test("staff publish for their department; bad input stores nothing and says why; the list, its filters, the page and the API show it")
    func publishing() async throws {
        try await TestApp.run { ctx in
            let staff = try await ctx.signedIn(Demo.staff)
            let before = try await ctx.app.count(VolunteerAssignment.self)
            let social = Party.department(try await ctx.department("socialforvaltningen").typedID).description
            for bad in [["title": ""], ["schedule": ""], ["closes": "2020-01-01"], ["closes": "31/12"], ["minimumAge": "150"], ["needed": "0"],
                        ["districts[]": "", "place": "", "remote": ""], ["districts[]": UUID().uuidString.lowercased()], ["organiser": social],
                        ["contactEmail": "inte en adress"], ["timing": "once", "day": ""], ["targetGroup": "aliens"]] {
                let response = try await staff.submit("/volontar/nytt", try await Self.form(ctx, bad))
                #expect(response.status == .unprocessableEntity || response.status == .forbidden, "\(bad) \(response.status)")
                #expect(response.body.string.contains("error-summary") || response.status == .forbidden, "\(bad)")
            }
            #expect(try await ctx.app.count(VolunteerAssignment.self) == before)
            let created = try await staff.submit("/volontar/nytt", try await Self.form(ctx))
            #expect(created.status == .seeOther)
            let assignment = try await Self.assignment(ctx)
            #expect(try await VolunteerAssignmentDistrict.query(on: ctx.app.db).filter(\.$assignment.$id == assignment.id!).count() == 1)
            let anyone = ctx.browser()
            let page = try await anyone.get("/volontar/\(assignment.slug)")
            #expect(page.status == .ok && page.body.string.contains("Torsdagar 17–18") && page.body.string.contains("Jag vill vara volontär"))
            // Filters: district, group, youth, words, and a language that is in the text.
            for (query, found) in [("district=\(assignment.id!)", false), ("group=newcomers", true), ("group=seniors", false), ("youth=on", true),
                                   ("language=tigrinja", true), ("q=l%C3%A4ser+b%C3%B6cker", true), ("q=simning", false), ("q=b%C3%B6cker", true), ("q=bocker", false),
                                   ("timing=once", false), ("timing=regular", true)] {
                let list = try await anyone.get("/volontar?\(query)")
                #expect(list.status == .ok && list.body.string.contains("Läshjälp för nyanlända") == found, "\(query) \(found)")
            }
            let (status, body) = try await ctx.json("/api/v1/volunteering?district=vivalla&per=50")
            let items = try #require((body as? [String: Any])?["items"] as? [[String: Any]])
            #expect(status == 200 && items.contains { $0["title"] as? String == "Läshjälp för nyanlända" && $0["minimumAge"] as? Int == 16 })
            #expect(try await ctx.json("/api/v1/volunteering?district=nowhere").status == 400)
            #expect(try await ctx.json("/api/v1/volunteering?youth=maybe").status == 400)
            #expect(try await ctx.json("/api/v1/volunteering?timing=sometimes").status == 400)
            let one = try await ctx.json("/api/v1/volunteering/\(assignment.id!)")
            #expect(one.status == 200 && (one.body as? [String: Any])?["slug"] as? String == assignment.slug)
            #expect(try await ctx.json("/api/v1/volunteering/\(UUID())").status == 404)
        }
    }

    @Test("only the organiser's people change and close it; a closed one leaves the list, takes no interest and changes no more")
    func changingAndClosing() async throws {
        try await TestApp.run { ctx in
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/volontar/nytt", try await Self.form(ctx)).status == .seeOther)
            let assignment = try await Self.assignment(ctx)
            let other = try await ctx.signedIn("kontaktperson.social@demo.samverka.example")
            #expect(try await other.get("/volontar/\(assignment.slug)/andra").status == .forbidden)
            #expect(try await other.post("/volontar/\(assignment.slug)/stang", [:]).status == .forbidden)
            #expect(try await other.get("/volontar/\(assignment.slug)/intresserade").status == .forbidden)
            let changed = try await staff.submit("/volontar/\(assignment.slug)/andra", try await Self.form(ctx, ["schedule": "Fredagar 15–16"]))
            #expect(changed.status == .seeOther)
            #expect(try await Self.assignment(ctx).schedule == "Fredagar 15–16")
            #expect(try await staff.submit("/volontar/\(assignment.slug)", to: "/volontar/\(assignment.slug)/stang", [:]).status == .seeOther)
            #expect(try await Self.assignment(ctx).closedAt != nil)
            #expect(!(try await ctx.browser().get("/volontar").body.string.contains("Läshjälp för nyanlända")))
            let again = try await staff.submit("/volontar/\(assignment.slug)/andra", try await Self.form(ctx))
            #expect(again.status == .conflict && again.body.string.contains("Uppdraget är stängt"))
            // Its page says it is closed and offers no form; showing interest anyway is refused, saying why.
            let page = try await ctx.browser().get("/volontar/\(assignment.slug)")
            #expect(page.body.string.contains("tar inte emot fler") && !page.body.string.contains("Jag vill vara volontär"))
            // The organiser's overview lists it, closed.
            let mine = try await staff.get("/volontar/mina")
            #expect(mine.status == .ok && mine.body.string.contains("Läshjälp för nyanlända"))
        }
    }

    @Test("a verified association's representative publishes for it; the council member, with no side to publish for, cannot")
    func associations() async throws {
        try await TestApp.run { ctx in
            let member = try await ctx.signedIn(Demo.member)
            let form = try await member.get("/volontar/nytt")
            let options = form.body.string.components(separatedBy: "value=\"a:").dropFirst().map { String($0.prefix { $0 != "\"" }) }
            let id = try #require(options.first)
            let created = try await member.submit("/volontar/nytt", try await Self.form(ctx, ["organiser": "a:\(id)", "forStaff": "on"]))
            #expect(created.status == .seeOther)
            // Offered as a day with civil society: staff find it with the filter; a department cannot offer one.
            let offers = try await ctx.signedIn(Demo.staff).get("/volontar?staff=on")
            #expect(offers.body.string.contains("Läshjälp för nyanlända") && !offers.body.string.contains("Läxhjälp på biblioteket"))
            let refused = try await ctx.signedIn(Demo.staff).submit("/volontar/nytt", try await Self.form(ctx, ["title": "Annat", "forStaff": "on"]))
            #expect(refused.status == .unprocessableEntity && refused.body.string.contains("Bara föreningar"))
            #expect(try await Self.assignment(ctx).organiserAssociationID?.uuidString.lowercased() == id.lowercased())
            let council = try await ctx.signedIn(Demo.council)
            #expect(try await council.get("/volontar/nytt").body.string.contains("notice"))
        }
    }
}
