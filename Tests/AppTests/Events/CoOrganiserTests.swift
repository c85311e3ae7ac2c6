@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("An event's co-organiser: invited by the organiser, told by mail, shown only once it says yes")
struct CoOrganiserTests {
    @Test("bad invitations store nothing; the association is mailed, answers yes and is shown, in its filter and the API; it steps back")
    func inviteAnswerStepBack() async throws {
        try await TestApp.run { ctx in
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/evenemang/nytt", try await EventTests.form(ctx)).status == .seeOther)
            let event = try await EventTests.event(ctx)
            let user = try #require(try await User.query(on: ctx.app.db).filter(\.$email == Demo.member).first())
            let mine = try await Representative.query(on: ctx.app.db).filter(\.$user.$id == user.id!).all().map { $0.$association.id }
            let club = try #require(try await Association.query(on: ctx.app.db).filter(\.$id ~~ mine).filter(\.$status == .verified)
                .filter(\.$orgNumber != nil).sort(\.$sortKey).first())
            let path = "/evenemang/\(event.slug)", invite = path + "/medarrangor"
            let number = try #require(club.orgNumber)
            #expect(try await staff.get(path).body.string.contains("name=\"coOrgNumber\""))
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            for (bad, message) in [([String: String](), "Välj en förvaltning"), (["coOrgNumber": "999999-9999"], "Välj en förvaltning"),
                                   (["coDepartment": Party.department(culture.typedID).description], "Det är ni som arrangerar")] {
                let refused = try await staff.submit(path, to: invite, bad)
                #expect(refused.status == .unprocessableEntity && refused.body.string.contains(message), "\(bad)")
            }
            #expect(try await EventTests.event(ctx).coOrganiserKey == nil)
            // Not the organiser's people: refused.
            let social = try await ctx.signedIn("kontaktperson.social@demo.samverka.example")
            #expect(try await social.submit(path, to: invite, ["coOrgNumber": number]).status == .forbidden)

            let sent = try await staff.submit(path, to: invite, ["coOrgNumber": number])
            #expect(sent.status == .seeOther && sent.location?.hasSuffix("notice=coOrganiserInvited") == true)
            let mail = try #require(try await ctx.mails(to: Demo.member).last)
            #expect(mail.subject == "Inbjudan att arrangera: \(event.title)" && mail.body.contains(path))
            #expect(!(try await ctx.browser().get(path).body.string.contains(club.name)))
            #expect(try await staff.submit(path, to: invite, ["coOrgNumber": number]).status == .unprocessableEntity) // one at a time
            // Another side may not answer for it; the association's representative says yes.
            #expect(try await social.submit(path, to: path + "/medarrangor/svar", ["accept": "yes"]).status == .forbidden)
            let member = try await ctx.signedIn(Demo.member)
            #expect(try await member.get(path).body.string.contains("Vill ni vara medarrangör?"))
            #expect(try await member.submit(path, to: path + "/medarrangor/svar", ["accept": "yes"]).status == .seeOther)
            #expect(try await EventTests.event(ctx).coOrganiser == CoOrganiser(.association(club.typedID), .confirmed))

            let page = try await ctx.browser().get(path).body.string
            #expect(page.contains("tillsammans med \(club.name)"))
            #expect(try await ctx.browser().get("/evenemang?association=\(club.typedID)").body.string.contains(event.title))
            let api = try await ctx.browser().get("/api/v1/events/\(event.id!.uuidString.lowercased())")
            let item = try #require(try JSONSerialization.jsonObject(with: Data(api.body.readableBytesView)) as? [String: Any])
            let organisers = (item["organisers"] as? [[String: Any]])?.compactMap { $0["kind"] as? String }
            #expect(organisers == ["department", "association"], "\(api.body.string)")

            // The co-organiser steps back: shown no more.
            #expect(try await member.submit(path, to: path + "/medarrangor/ta-bort", [:]).status == .seeOther)
            #expect(!(try await ctx.browser().get(path).body.string.contains(club.name)))
            let audit = try await AuditEntry.query(on: ctx.app.db).filter(\.$action ~~ ["event.coOrganiser.invite", "event.coOrganiser.confirm",
                                                                                          "event.coOrganiser.remove"]).count()
            #expect(audit == 3)
        }
    }
}
