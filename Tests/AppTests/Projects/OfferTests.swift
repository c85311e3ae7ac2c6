@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Offers from associations: publishing, finding, a department's answer, the association's yes into one project")
struct OfferTests {
    static let lecture = "Föreläsning om dyslexi och NPF för skolpersonal"

    static func offer(_ ctx: TestApp.Context, _ title: String = lecture) async throws -> Offer {
        try #require(try await Offer.query(on: ctx.app.db).filter(\.$title == title).first())
    }

    @Test("a verified association's representative publishes; bad input is refused and stores nothing; search keeps å ä ö")
    func publishing() async throws {
        try await TestApp.run { ctx in
            let member = try await ctx.signedIn(Demo.member)
            let association = try await ProjectTests.memberAssociation(ctx)
            let good = ["association": association.typedID.description, "title": "Kurs i <b>föreningsteknik</b>", "summary": "Vi lär ut mötesteknik.",
                        "easyRead": "Vi lär er hålla möten.", "competences": "mötesteknik, ordförande", "targetGroups[]": "adults", "cost": "Gratis",
                        "contactName": "Karin"]
            let before = try await ctx.app.count(Offer.self)
            for bad in [["title": ""], ["summary": String(repeating: "x", count: 100_000)], ["targetGroups[]": "martians"],
                        ["association": UUID().uuidString.lowercased()], ["contactEmail": "inte en adress"]] {
                let response = try await member.submit("/erbjudanden/ny", good.merging(bad) { $1 })
                #expect(response.status == .unprocessableEntity, "\(bad)")
            }
            #expect(try await ctx.app.count(Offer.self) == before)
            #expect(try await member.submit("/erbjudanden/ny", good).status == .seeOther)
            let stored = try await Self.offer(ctx, "Kurs i <b>föreningsteknik</b>")
            let page = try await ctx.browser().get("/erbjudanden/\(stored.slug)")
            #expect(page.status == .ok && page.body.string.contains("Kurs i &lt;b&gt;föreningsteknik&lt;/b&gt;"))
            // Staff and people without a verified association are not offered the form's associations.
            let staffForm = try await ctx.signedIn(Demo.staff).get("/erbjudanden/ny")
            #expect(staffForm.status == .ok && !staffForm.body.string.contains("name=\"association\""))
            let found = try await ctx.browser().get("/erbjudanden?q=f%C3%B6rel%C3%A4sning").body.string
            #expect(found.contains(Self.lecture))
            #expect(!(try await ctx.browser().get("/erbjudanden?q=forelasning").body.string.contains(Self.lecture)))
        }
    }

    @Test("staff answer once for their own department; the association is mailed; answers are not public")
    func answering() async throws {
        try await TestApp.run { ctx in
            let offer = try await Self.offer(ctx)
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            let schools = try await ctx.department("grundskoleforvaltningen")
            let staff = try await ctx.signedIn(Demo.staff)
            let path = "/erbjudanden/\(offer.slug)/svara"
            let message = "Biblioteken vill gärna ha föreläsningen."
            #expect(try await staff.submit("/erbjudanden/\(offer.slug)", to: path, ["department": schools.id!.uuidString.lowercased(), "message": message]).status == .forbidden)
            #expect(try await staff.submit("/erbjudanden/\(offer.slug)", to: path, ["department": culture.id!.uuidString.lowercased(), "message": ""]).status == .unprocessableEntity)
            #expect(try await staff.submit("/erbjudanden/\(offer.slug)", to: path, ["department": culture.id!.uuidString.lowercased(), "message": message]).status == .seeOther)
            #expect(try await staff.submit("/erbjudanden/\(offer.slug)", to: path, ["department": culture.id!.uuidString.lowercased(), "message": message]).status == .conflict)
            #expect(try await OfferAnswer.query(on: ctx.app.db).filter(\.$offer.$id == offer.id!).count() == 2)
            #expect(try await ctx.mails(to: Demo.member).contains { $0.subject.contains("Kultur- och fritidsförvaltningen") })
            #expect(try await ctx.signedIn(Demo.member).submit("/erbjudanden/\(offer.slug)", to: path, ["department": culture.id!.uuidString.lowercased(), "message": message])
                .status == .forbidden)
            let anonymous = try await ctx.browser().get("/erbjudanden/\(offer.slug)").body.string
            #expect(!anonymous.contains(message) && !anonymous.contains("/svar/"))
        }
    }

    @Test("only the association settles an answer; two yeses at once make one project, the department a confirmed partner")
    func choosing() async throws {
        try await TestApp.run { ctx in
            let offer = try await Self.offer(ctx)
            let answer = try #require(try await OfferAnswer.query(on: ctx.app.db).filter(\.$offer.$id == offer.id!).first())
            let path = "/erbjudanden/\(offer.slug)/svar/\(answer.id!.uuidString.lowercased())"
            // Another department's staff: not even told it exists. Staff cannot settle it for the association.
            #expect(try await ctx.signedIn(Demo.staff).get(path).status == .notFound)
            #expect(try await ctx.signedIn(Demo.admin).submit(path, ["decision": "choose"]).status == .forbidden)
            let one = try await ctx.signedIn(Demo.member), two = try await ctx.signedIn(Demo.member)
            #expect(try await one.get(path).status == .ok)
            try await two.get(path)
            let projectsBefore = try await ctx.app.count(Project.self)
            async let first = one.post(path, ["decision": "choose"])
            async let second = two.post(path, ["decision": "choose"])
            let statuses = [try await first.status, try await second.status]
            #expect(statuses.filter { $0 == .seeOther }.count == 1 && statuses.contains(.conflict), "\(statuses)")
            #expect(try await ctx.app.count(Project.self) == projectsBefore + 1)
            let chosen = try #require(try await OfferAnswer.find(answer.id!, on: ctx.app.db))
            let project = try #require(try await Project.find(chosen.$project.id, on: ctx.app.db))
            let partner = try await ProjectPartner.query(on: ctx.app.db).filter(\.$project.$id == project.id!)
                .filter(\.$departmentID == answer.$department.id).first()
            #expect(chosen.status == .chosen && partner?.status == .confirmed)
            let department = try #require(try await Department.find(answer.$department.id, on: ctx.app.db))
            #expect(try await ctx.mails(to: department.email).contains { $0.subject.contains("Föreningen säger ja") })
        }
    }

    @Test("declining needs a reason; a withdrawn offer takes no more answers, and only its association withdraws it")
    func decliningAndWithdrawing() async throws {
        try await TestApp.run { ctx in
            let offer = try await Self.offer(ctx)
            let answer = try #require(try await OfferAnswer.query(on: ctx.app.db).filter(\.$offer.$id == offer.id!).first())
            let member = try await ctx.signedIn(Demo.member)
            let path = "/erbjudanden/\(offer.slug)/svar/\(answer.id!.uuidString.lowercased())"
            #expect(try await member.submit(path, ["decision": "decline", "reason": ""]).status == .unprocessableEntity)
            #expect(try await member.submit(path, ["decision": "decline", "reason": "Vi hinner inte i mars."]).status == .seeOther)
            #expect(try await OfferAnswer.find(answer.id!, on: ctx.app.db)?.reason == "Vi hinner inte i mars.")
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/erbjudanden/\(offer.slug)", to: "/erbjudanden/\(offer.slug)/avsluta", [:]).status == .forbidden)
            #expect(try await member.submit("/erbjudanden/\(offer.slug)", to: "/erbjudanden/\(offer.slug)/avsluta", [:]).status == .seeOther)
            #expect(try await member.submit("/erbjudanden/\(offer.slug)", to: "/erbjudanden/\(offer.slug)/avsluta", [:]).status == .conflict)
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            #expect(try await staff.submit("/erbjudanden/\(offer.slug)", to: "/erbjudanden/\(offer.slug)/svara", ["department": culture.id!.uuidString.lowercased(),
                                                                                 "message": "Vi vill också."]).status == .conflict)
            #expect(!(try await ctx.browser().get("/erbjudanden").body.string.contains(Self.lecture)))
        }
    }
}
