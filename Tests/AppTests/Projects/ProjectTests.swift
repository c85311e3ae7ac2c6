@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Projects: starting, partners who confirm, status, timeline, search, feed and API")
struct ProjectTests {
    static func fields(owner: Party, title: String = "Simskola i Vivalla") -> [String: String] {
        ["title": title, "owner": owner.description, "status": "planned", "summary": "Barn lär sig simma på sommarlovet.",
         "easyRead": "Barn lär sig simma.", "form": "3", "starts": "2027-06-10", "ends": "2027-08-10", "contactName": "Sara",
         "contactEmail": "sara@example.org", "goals[]": "3"]
    }

    /// The demo representative's association with an organisation number (to be invited by it).
    static func memberAssociation(_ ctx: TestApp.Context) async throws -> Association {
        let member = try #require(try await ctx.user(Demo.member))
        let ids = try await Representative.query(on: ctx.app.db).filter(\.$user.$id == member.id!).all().map { $0.$association.id }
        return try #require(try await Association.query(on: ctx.app.db).filter(\.$id ~~ ids).filter(\.$status == .verified)
            .filter(\.$orgNumber != nil).first())
    }

    @Test("staff start a project; an invited association is not shown until it says yes; then it posts to the timeline")
    func partners() async throws {
        try await TestApp.run { ctx in
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/projekt/ny", Self.fields(owner: .department(culture.typedID))).status == .seeOther)
            let project = try #require(try await Project.query(on: ctx.app.db).filter(\.$title == "Simskola i Vivalla").first())
            let path = "/projekt/\(project.slug)"
            let club = try await Self.memberAssociation(ctx)
            let invited = try await staff.submit(path, to: path + "/partner", ["orgNumber": club.orgNumber!, "role": "partner", "commitment": "Simlärare"])
            #expect(invited.status == .seeOther)
            #expect(try await ctx.mails(to: Demo.member).contains { $0.subject.contains("Simskola i Vivalla") })
            // Not a partner before it answers: not on the public page, not in the API, not in the association filter.
            #expect(!(try await ctx.browser().get(path).body.string.contains(club.name)))
            #expect(!(try await ctx.browser().get("/api/v1/projects/\(project.id!.uuidString)").body.string.contains(club.name)))
            #expect(!(try await ctx.browser().get("/projekt?association=\(club.typedID)").body.string.contains("Simskola i Vivalla")))
            // Another department's staff cannot answer for the association, nor change the project.
            let social = try await ctx.signedIn(DemoInquiries.socialContact)
            #expect(try await social.submit(path, to: path + "/partner/svar", ["party": "a:\(club.typedID)", "accept": "yes"]).status == .forbidden)
            #expect(try await social.get(path + "/andra").status == .forbidden)
            #expect(try await social.submit(path, to: path + "/status", ["status": "ongoing"]).status == .forbidden)
            // The association's public page (kept by the page cache) lists the project once it is confirmed.
            let clubPage = "/foreningar/\(club.slug)"
            #expect(!(try await ctx.browser().get(clubPage).body.string.contains("Simskola i Vivalla")))
            let member = try await ctx.signedIn(Demo.member)
            #expect(try await member.submit(path, to: path + "/partner/svar", ["party": "a:\(club.typedID)", "accept": "yes"]).status == .seeOther)
            #expect(try await ctx.browser().get(path).body.string.contains(club.name))
            #expect(try await ctx.browser().get(clubPage).body.string.contains("Simskola i Vivalla"))
            #expect(try await ctx.browser().get("/projekt?association=\(club.typedID)").body.string.contains("Simskola i Vivalla"))
            // A confirmed partner writes on the timeline but does not change the project.
            #expect(try await member.submit(path, to: path + "/uppdatera", ["update": "Tio barn har anmält sig."]).status == .seeOther)
            #expect(try await ctx.browser().get(path).body.string.contains("Tio barn har anmält sig."))
            #expect(try await member.get(path + "/andra").status == .forbidden)
            let audit = try await AuditEntry.query(on: ctx.app.db).filter(\.$entityID == project.id!.uuidString).all().map(\.action)
            #expect(Set(audit).isSuperset(of: ["project.create", "project.partner.invite", "project.partner.confirm", "project.timeline"]))
        }
    }

    @Test("status moves as the rules say; finishing needs what came of it; only the coordinator holds it up")
    func statusAndFeature() async throws {
        try await TestApp.run { ctx in
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            let staff = try await ctx.signedIn(Demo.staff)
            try await staff.submit("/projekt/ny", Self.fields(owner: .department(culture.typedID)))
            let project = try #require(try await Project.query(on: ctx.app.db).filter(\.$title == "Simskola i Vivalla").first())
            let path = "/projekt/\(project.slug)"
            #expect(try await staff.submit(path, to: path + "/status", ["status": "finished", "note": "x"]).status == .unprocessableEntity)
            #expect(try await staff.submit(path, to: path + "/status", ["status": "ongoing"]).status == .seeOther)
            let bare = try await staff.submit(path, to: path + "/status", ["status": "finished", "note": ""])
            #expect(bare.status == .unprocessableEntity && bare.body.string.contains("error-summary"))
            #expect(try await staff.submit(path, to: path + "/status", ["status": "finished", "note": "Trettio barn lärde sig simma."]).status == .seeOther)
            #expect(try await Project.find(project.id!, on: ctx.app.db)?.outcome == "Trettio barn lärde sig simma.")
            #expect(try await staff.submit(path, to: path + "/lyft", ["featured": "yes"]).status == .forbidden)
            let admin = try await ctx.signedIn(Demo.admin)
            #expect(try await admin.submit(path, to: path + "/lyft", ["featured": "yes"]).status == .seeOther)
            #expect(try await Project.find(project.id!, on: ctx.app.db)?.featured == true)
            #expect(try await ctx.browser().get(path).body.string.contains("Det här blev resultatet"))
        }
    }

    @Test("bad input is named on its field and stores nothing; markup comes back as text; a pending association starts nothing")
    func badInput() async throws {
        try await TestApp.run { ctx in
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            let staff = try await ctx.signedIn(Demo.staff)
            let before = try await ctx.app.count(Project.self)
            let owner = Party.department(culture.typedID)
            for (field, value, message) in [("goals[]", "18", "mellan 1 och 17"), ("ends", "2027-01-01", "före startdatum"),
                                            ("body", String(repeating: "a", count: 100_000), "högst 20")] {
                var form = Self.fields(owner: owner)
                form[field] = value
                let response = try await staff.submit("/projekt/ny", form)
                #expect(response.status == .unprocessableEntity, "\(field)")
                #expect(response.body.string.contains(message), "\(field)")
            }
            var hostile = Self.fields(owner: owner)
            for key in ["title", "summary", "easyRead", "contactName", "body"] { hostile[key] = "<script>alert('x')</script>" }
            hostile["goals[]"] = "18"
            let refused = try await staff.submit("/projekt/ny", hostile)
            #expect(refused.status == .unprocessableEntity && !refused.body.string.contains("<script>alert"))
            #expect(try await ctx.app.count(Project.self) == before)
            // A pending association is not one the member may start a project for.
            let pending = try await ctx.association("Väntande förening", status: .pending, representative: Demo.member)
            let member = try await ctx.signedIn(Demo.member)
            let page = try await member.get("/projekt/ny")
            #expect(!page.body.string.contains("Väntande förening"))
            #expect(try await member.submit("/projekt/ny", Self.fields(owner: .association(pending.typedID))).status == .unprocessableEntity)
            #expect(try await ctx.app.count(Project.self) == before)
            // The council member has neither a department nor an association: told why, refused.
            let council = try await ctx.signedIn(Demo.council)
            #expect(try await council.get("/projekt/ny").body.string.contains("godkänd i registret"))
            #expect(try await council.post("/projekt/ny", Self.fields(owner: owner)).status == .forbidden)
        }
    }

    @Test("the list filters and searches with å, ä, ö kept; the feed and the API agree; unknown filters are a 400")
    func listSearchAPI() async throws {
        try await TestApp.run { ctx in
            let all = try await ctx.browser().get("/projekt")
            #expect(all.body.string.contains("Läxhjälp i Vivalla") && all.body.string.contains("Tegelbrukets mötesplats"))
            let search = try await ctx.browser().get("/projekt?q=l%C3%A4xhj%C3%A4lp")
            #expect(search.body.string.contains("Läxhjälp i Vivalla") && !search.body.string.contains("Tegelbrukets"))
            #expect(!(try await ctx.browser().get("/projekt?q=laxhjalp").body.string.contains("Läxhjälp i Vivalla")))
            let finished = try await ctx.browser().get("/projekt?status=finished")
            #expect(finished.body.string.contains("Tegelbrukets mötesplats") && !finished.body.string.contains("Läxhjälp i Vivalla"))
            #expect(try await ctx.browser().get("/projekt/utskrift?status=finished").body.string.contains("Tegelbrukets mötesplats"))
            let feed = try await ctx.browser().get("/projekt.atom")
            #expect(feed.headers.contentType?.subType == "atom+xml" && feed.body.string.contains("<entry>"))
            let (status, body) = try await ctx.json("/api/v1/projects?district=vivalla&per=50")
            let items = try #require((body as? [String: Any])?["items"] as? [[String: Any]])
            #expect(status == 200 && items.contains { $0["title"] as? String == "Läxhjälp i Vivalla" })
            #expect(items.allSatisfy { ($0["districts"] as? [String])?.contains("vivalla") == true })
            // Totals as a plain count says, for a page that is full, with and without words
            // (counted apart by the tag lists, or in the page's statement).
            for goal in 1...17 {
                let expected = try await ProjectGoal.query(on: ctx.app.db).filter(\.$goal == goal).count()
                let (_, one) = try await ctx.json("/api/v1/projects?goal=\(goal)&per=1")
                #expect((one as? [String: Any])?["total"] as? Int == expected, "goal \(goal)")
            }
            let (_, worded) = try await ctx.json("/api/v1/projects?q=i&per=1")
            let wordedTotal = try #require((worded as? [String: Any])?["total"] as? Int)
            #expect(wordedTotal == (try await ProjectStore.query(ProjectStore.Filter(FormFields(["q": "i"])), on: ctx.app.db).count()))
            for bad in ["status=done", "goal=18", "district=atlantis", "targetGroup=cats", "form=ladder", "per=500"] {
                #expect(try await ctx.json("/api/v1/projects?\(bad)").status == 400, "\(bad)")
            }
            let iop = try #require(try await Project.query(on: ctx.app.db).filter(\.$title == "Läxhjälp i Vivalla").first())
            let (detailStatus, detail) = try await ctx.json("/api/v1/projects/\(iop.id!.uuidString)")
            #expect(detailStatus == 200 && ((detail as? [String: Any])?["timeline"] as? [Any])?.isEmpty == false)
            let page = try await ctx.browser().get("/projekt/\(iop.slug)")
            #expect(page.body.string.contains("application/ld+json") && page.body.string.contains("GSN 2025/88"))
        }
    }

    @Test("the contact page links each department's projects with their number; the link lists just those")
    func departmentProjects() async throws {
        try await TestApp.run { ctx in
            let schools = try await ctx.department("grundskoleforvaltningen")
            let counts = try await ProjectStore.counts(departments: [schools.id!], on: ctx.app.db)
            let count = try #require(counts[schools.id!])
            let contact = try await ctx.browser().get("/kontakt").body.string
            let link = "/projekt?department=\(schools.typedID.description)"
            #expect(contact.contains("href=\"\(link)\"") && contact.contains("Projekt som förvaltningen är med i (\(count))"))
            let listed = try await ctx.browser().get(link).body.string
            #expect(listed.contains("\(count) projekt"))
        }
    }
}
