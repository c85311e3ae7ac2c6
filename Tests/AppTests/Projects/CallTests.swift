@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Calls for partners: publishing, matching, sending once, answering, choosing into one project")
struct CallTests {
    static let npfCall = "vi-soker-foreningar-med-kunskap-om-npf"

    static func fields(_ department: Department, closes: String = "2026-12-20") -> [String: String] {
        ["title": "Föreläsare om dyslexi", "summary": "Vi söker föreningar som kan berätta om dyslexi för bibliotekarier.",
         "easyRead": "Kan ni lära oss om dyslexi?", "competences": "npf, dyslexi", "categories[]": "disability", "form": "2",
         "closes": closes, "contactName": "Omar", "departmentID": department.id!.uuidString.lowercased()]
    }

    @Test("the department sees its best matches with why, and a call sent twice to one association mails it once")
    func matchingAndSending() async throws {
        try await TestApp.run { ctx in
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            let staff = try await ctx.signedIn(Demo.staff)
            let before = try await ctx.app.count(Call.self)
            let late = try await staff.submit("/efterlysningar/ny", Self.fields(culture, closes: "2026-11-01"))
            #expect(late.status == .unprocessableEntity && late.body.string.contains("Sista dagen kan inte ha passerat"))
            #expect(try await ctx.app.count(Call.self) == before)
            #expect(try await staff.submit("/efterlysningar/ny", Self.fields(culture)).status == .seeOther)
            let call = try #require(try await Call.query(on: ctx.app.db).filter(\.$title == "Föreläsare om dyslexi").first())
            let matches = try await staff.get("/efterlysningar/\(call.slug)/matchningar")
            #expect(matches.status == .ok && matches.body.string.contains("kompetens: npf"))
            let needs = try await CallStore.needs(of: call.id!, on: ctx.app.db)
            let ranked = CallMatching.rank(try await CallStore.candidates(for: needs, on: ctx.app.db), for: needs)
            #expect(ranked.count >= 3)
            let first = ranked[0].association, second = ranked[1].association
            let path = "/efterlysningar/\(call.slug)/matchningar"
            #expect(try await staff.submit(path, ["associations[]": first.description]).status == .seeOther)
            let again = try await staff.submit(path, ["associations[]": first.description])
            #expect(again.status == .unprocessableEntity)
            #expect(try await staff.submit(path, ["associations[]": second.description]).status == .seeOther)
            let sent = try await CallSending.query(on: ctx.app.db).filter(\.$call.$id == call.id!).all().map { $0.$association.id }
            #expect(sent.count == 2 && Set(sent) == [first.uuid, second.uuid])
            let people = try await Representative.query(on: ctx.app.db).filter(\.$association.$id == first.uuid).with(\.$user).all()
            for person in people {
                #expect(try await ctx.mails(to: person.user.email).filter { $0.subject.contains("Föreläsare om dyslexi") }.count == 1)
            }
            // Another department's staff cannot change it or see its matches.
            let social = try await ctx.signedIn(DemoInquiries.socialContact)
            #expect(try await social.get("/efterlysningar/\(call.slug)/andra").status == .forbidden)
            #expect(try await social.get(path).status == .forbidden)
        }
    }

    @Test("a verified association answers once; two choices at once make one project, with the association as a confirmed partner")
    func answeringAndChoosing() async throws {
        try await TestApp.run { ctx in
            let call = try #require(try await Call.query(on: ctx.app.db).filter(\.$slug == Self.npfCall).first())
            let member = try await ctx.signedIn(Demo.member)
            let form = try await member.get("/efterlysningar/\(Self.npfCall)/svara")
            let npf = try await ProjectTests.memberAssociation(ctx)
            #expect(form.status == .ok && form.body.string.contains(npf.name))
            let fields = ["association": npf.typedID.description, "what": "Vi utbildar lärare om NPF.", "who": "Två föreläsare"]
            #expect(try await member.post("/efterlysningar/\(Self.npfCall)/svara", fields).status == .seeOther)
            #expect(try await member.submit("/efterlysningar/\(Self.npfCall)/svara", fields).status == .conflict)
            let answer = try #require(try await CallAnswer.query(on: ctx.app.db).filter(\.$call.$id == call.id!)
                .filter(\.$association.$id == npf.id!).first())
            let path = "/efterlysningar/\(Self.npfCall)/svar/\(answer.id!.uuidString.lowercased())"
            // Not the department's: refused; the department's (an admin here): both at once, one project.
            #expect(try await ctx.signedIn(Demo.staff).get(path).status == .forbidden)
            let projectsBefore = try await ctx.app.count(Project.self)
            let one = try await ctx.signedIn(Demo.admin), two = try await ctx.signedIn(Demo.admin)
            try await one.get(path)
            try await two.get(path)
            async let first = one.post(path, ["decision": "choose"])
            async let second = two.post(path, ["decision": "choose"])
            let statuses = [try await first.status, try await second.status]
            #expect(statuses.filter { $0 == .seeOther }.count == 1 && statuses.contains(.conflict), "\(statuses)")
            #expect(try await ctx.app.count(Project.self) == projectsBefore + 1)
            let chosen = try #require(try await CallAnswer.find(answer.id!, on: ctx.app.db))
            let project = try #require(try await Project.find(chosen.$project.id, on: ctx.app.db))
            #expect(chosen.status == .chosen && project.callID == call.id)
            let partner = try await ProjectPartner.query(on: ctx.app.db).filter(\.$project.$id == project.id!)
                .filter(\.$associationID == npf.id!).first()
            #expect(partner?.status == .confirmed)
            #expect(try await ctx.mails(to: Demo.member).contains { $0.subject.contains("Ni är valda") })
            #expect(try await ctx.browser().get("/efterlysningar/\(Self.npfCall)").body.string.contains(project.title))
        }
    }

    @Test("declining needs a reason, which the association is told; the API lists open and closed calls")
    func decliningAndAPI() async throws {
        try await TestApp.run { ctx in
            let call = try #require(try await Call.query(on: ctx.app.db).filter(\.$slug == Self.npfCall).first())
            let waiting = try #require(try await CallAnswer.query(on: ctx.app.db).filter(\.$call.$id == call.id!).filter(\.$status == .submitted).first())
            let path = "/efterlysningar/\(Self.npfCall)/svar/\(waiting.id!.uuidString.lowercased())"
            let admin = try await ctx.signedIn(Demo.admin)
            #expect(try await admin.submit(path, ["decision": "decline", "reason": ""]).status == .unprocessableEntity)
            #expect(try await admin.submit(path, ["decision": "decline", "reason": "Vi valde en förening som finns i alla stadsdelar."]).status == .seeOther)
            #expect(try await CallAnswer.find(waiting.id!, on: ctx.app.db)?.status == .declined)
            let (status, body) = try await ctx.json("/api/v1/calls")
            let items = try #require((body as? [String: Any])?["items"] as? [[String: Any]])
            #expect(status == 200 && items.contains { $0["slug"] as? String == Self.npfCall && $0["answers"] as? Int == 2 })
            let closed = try #require(((try await ctx.json("/api/v1/calls?status=closed").body) as? [String: Any])?["items"] as? [[String: Any]])
            #expect(closed.allSatisfy { $0["status"] as? String == "closed" } && !closed.isEmpty)
            #expect(try await ctx.json("/api/v1/calls?status=maybe").status == 400)
            #expect(try await ctx.browser().get("/efterlysningar.atom").body.string.contains("Vi söker föreningar med kunskap om NPF"))
        }
    }
}
