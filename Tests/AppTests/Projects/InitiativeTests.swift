@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Initiatives: proposed by a verified association, routed like an inquiry, answered once")
struct InitiativeTests {
    @Test("a representative proposes; it reaches the routed department with its promise; a yes starts a project, once")
    func proposeAndAccept() async throws {
        try await TestApp.run { ctx in
            let npf = try await ProjectTests.memberAssociation(ctx)
            let member = try await ctx.signedIn(Demo.member)
            let before = try await ctx.app.count(Initiative.self)
            var fields = ["association": npf.typedID.description, "topic": "culture", "title": "Konstkväll för unga med NPF",
                          "what": "", "why": "Unga med NPF vill skapa i lugn miljö.", "goals[]": "3"]
            #expect(try await member.submit("/initiativ/ny", fields).status == .unprocessableEntity)
            #expect(try await ctx.app.count(Initiative.self) == before)
            fields["what"] = "En kväll i månaden med konst, i en lugn lokal."
            #expect(try await member.submit("/initiativ/ny", fields).status == .seeOther)
            let initiative = try #require(try await Initiative.query(on: ctx.app.db).filter(\.$title == "Konstkväll för unga med NPF")
                .with(\.$department).first())
            #expect(initiative.department.slug == (try await InquiryStore.route(.culture, on: ctx.app.db)).slug)
            #expect(try await ctx.mails(to: Demo.member).contains { $0.subject.contains("Konstkväll för unga med NPF") })
            let path = "/initiativ/\(initiative.id!.uuidString.lowercased())"
            // Not public: the proposer and the department see it, nobody else.
            #expect(try await ctx.browser().get(path).status == .notFound)
            #expect(try await ctx.signedIn(DemoInquiries.socialContact).get(path).status == .notFound)
            #expect(try await member.get(path).status == .ok)
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.get(path).body.string.contains("Säg ja och starta projektet"))
            #expect(try await member.post(path + "/beslut", ["decision": "accept"]).status == .forbidden)
            let projects = try await ctx.app.count(Project.self)
            #expect(try await staff.submit(path, to: path + "/beslut", ["decision": "accept"]).status == .seeOther)
            #expect(try await staff.submit(path, to: path + "/beslut", ["decision": "decline", "reason": "Nej"]).status == .conflict)
            #expect(try await ctx.app.count(Project.self) == projects + 1)
            let accepted = try #require(try await Initiative.find(initiative.id!, on: ctx.app.db))
            let project = try #require(try await Project.find(accepted.$project.id, on: ctx.app.db))
            #expect(accepted.status == .accepted && project.ownerKey == "a:\(npf.typedID)")
            #expect(try await ctx.mails(to: Demo.member).contains { $0.subject.contains("Ja till er idé") })
        }
    }

    @Test("the list shows public ones to all, the department's to its staff; the demo has every state")
    func lists() async throws {
        try await TestApp.run { ctx in
            let page = try await ctx.browser().get("/initiativ").body.string
            #expect(page.contains("Utegym vid Vivallasjön") && !page.contains("Egen lokal för föreningen"))
            #expect(Set(try await Initiative.query(on: ctx.app.db).all().map(\.status)) == Set(InitiativeStatus.allCases))
            #expect(try await ctx.signedIn(Demo.member).get("/initiativ").body.string.contains("Egen lokal för föreningen"))
            #expect(try await ctx.signedIn(Demo.council).get("/initiativ/ny").body.string.contains("godkänd i registret"))
        }
    }
}
