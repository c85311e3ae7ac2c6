@testable import App
import Testing
import Vapor
import Fluent

@Suite("Representatives: invitations and leaving")
struct RepresentativeTests {
    @Test("an invitation by mail is accepted once; the last representative cannot leave")
    func inviteAcceptLeave() async throws {
        try await TestApp.run { ctx in
            let association = try await ctx.association("Inbjudande föreningen", representative: Demo.member)
            let member = try await ctx.signedIn(Demo.member)
            let page = "/foreningar/\(association.slug)/representanter"
            var response = try await member.get(page)
            #expect(response.body.string.contains("Du är den enda företrädaren"))
            response = try await member.post(page + "/bjud-in", ["email": "inte-en-adress"])
            #expect(response.status == .unprocessableEntity)
            response = try await member.post(page + "/bjud-in", ["email": Demo.council])
            #expect(response.status == .seeOther)

            let link = try #require(try await ctx.linkInLastMail(to: Demo.council))
            // opening the link while signed out leads to signing in first
            #expect(try await ctx.browser().get(link).location?.hasPrefix("/konto/logga-in") == true)
            let council = try await ctx.signedIn(Demo.council)
            try await council.get(link)
            let token = try #require(TestBrowser.field("token", in: council.lastBody))
            response = try await council.post("/foreningar/inbjudan", ["token": token])
            #expect(response.status == .seeOther)
            #expect(try await Representative.query(on: ctx.app.db).filter(\.$association.$id == association.id!).count() == 2)
            // used once
            #expect(try await council.get(link).status == .gone)

            try await member.get(page)
            response = try await member.post(page + "/lamna", [:])
            #expect(response.location?.hasPrefix("/foreningar/mina") == true)
            #expect(try await Representative.query(on: ctx.app.db).filter(\.$association.$id == association.id!).count() == 1)
            // the council member is now the last one
            try await council.get(page)
            #expect(council.lastBody.contains("Du är den enda företrädaren"))
            response = try await council.post(page + "/lamna", [:])
            #expect(response.status == .unprocessableEntity)
            #expect(try await Representative.query(on: ctx.app.db).filter(\.$association.$id == association.id!).count() == 1)
        }
    }

    @Test("an invitation expires after seven days")
    func expiry() async throws {
        try await TestApp.run { ctx in
            let association = try await ctx.association("Gamla inbjudan", representative: Demo.member)
            let member = try await ctx.signedIn(Demo.member)
            try await member.get("/foreningar/\(association.slug)/representanter")
            try await member.post("/foreningar/\(association.slug)/representanter/bjud-in", ["email": Demo.council])
            let link = try #require(try await ctx.linkInLastMail(to: Demo.council))
            ctx.clock.advance(by: 7 * 24 * 3600 + 1)
            let council = try await ctx.signedIn(Demo.council)
            #expect(try await council.get(link).status == .gone)
        }
    }
}
