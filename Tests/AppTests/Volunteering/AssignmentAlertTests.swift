@testable import App
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain

@Suite("Mail about new volunteer assignments: asked for without an account, started by the link, matched by district and group, stopped by the link")
struct AssignmentAlertTests {
    static func ask(_ ctx: TestApp.Context, _ email: String, _ fields: [String: String] = [:]) async throws -> TestingHTTPResponse {
        try await ctx.browser().submit("/volontar/bevaka", ["email": email].merging(fields) { $1 })
    }

    @Test("the first mail's link starts it (a form, not the GET); a matching new assignment is mailed, another not; stopping ends it")
    func alerts() async throws {
        try await TestApp.run { ctx in
            let vivalla = try #require(try await District.query(on: ctx.app.db).filter(\.$slug == "vivalla").first())
            let bad = try await Self.ask(ctx, "inte en adress")
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("error-summary"))
            #expect(try await Self.ask(ctx, "ung@example.org", ["districts[]": vivalla.typedID.description]).status == .seeOther)
            #expect(try await Self.ask(ctx, "senior@example.org", ["groups[]": "seniors"]).status == .seeOther)
            #expect(try await Self.ask(ctx, "aldrig@example.org").status == .seeOther)
            for email in ["ung@example.org", "senior@example.org"] {
                let link = try #require(try await ctx.linkInLastMail(to: email))
                let page = try await ctx.browser().get(link)
                #expect(page.status == .ok && page.body.string.contains("Börja få mejl"))
                #expect(try await AssignmentAlert.query(on: ctx.app.db).filter(\.$email == email).first()?.confirmedAt == nil)
                #expect(try await ctx.browser().submit(link, ["intent": "confirm"]).status == .seeOther)
            }
            // A new assignment in Vivalla for newcomers: the Vivalla alert is mailed, the seniors' and the unstarted are not.
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/volontar/nytt", try await VolunteeringTests.form(ctx)).status == .seeOther)
            let notice = try #require(try await ctx.mails(to: "ung@example.org").first { $0.subject.contains("Läshjälp för nyanlända") })
            #expect(notice.body.contains("/volontar/lashjalp-for-nyanlanda"))
            #expect(try await ctx.mails(to: "senior@example.org").count == 1)
            #expect(try await ctx.mails(to: "aldrig@example.org").count == 1)
            // Stopping by the link in the notice; the next assignment mails no one.
            let token = try #require(try await AssignmentAlert.query(on: ctx.app.db).filter(\.$email == "ung@example.org").first()?.token)
            let stop = "/volontar/bevakning/" + token
            #expect(notice.body.contains(stop))
            let stopped = try await ctx.browser().submit(stop, ["intent": "stop"])
            #expect(stopped.status == .ok && stopped.body.string.contains("inga fler mejl"))
            #expect(try await staff.submit("/volontar/nytt", try await VolunteeringTests.form(ctx, ["title": "Läshjälp två"])).status == .seeOther)
            #expect(try await ctx.mails(to: "ung@example.org").count == 2)
            // One never started is gone after a week.
            ctx.clock.advance(by: 8 * 86_400)
            try await Housekeeping.run(ctx.app)
            #expect(try await AssignmentAlert.query(on: ctx.app.db).filter(\.$email == "aldrig@example.org").count() == 0)
            #expect(try await AssignmentAlert.query(on: ctx.app.db).filter(\.$email == "senior@example.org").count() == 1)
        }
    }

    @Test("asking is limited per client and per address")
    func limits() async throws {
        try await TestApp.run(trustedProxies: [TestApp.inProcessPeer]) { ctx in
            func ask(from client: String, _ email: String) async throws -> HTTPResponseStatus {
                try await ctx.browser(address: client).submit("/volontar/bevaka", ["email": email]).status
            }
            for n in 1...3 {
                let status = try await ask(from: "10.1.0.\(n)", "samma@example.org")
                #expect(status == .seeOther)
            }
            let fourth = try await ask(from: "10.1.0.9", "samma@example.org")
            #expect(fourth == .tooManyRequests)
            for n in 1...10 {
                let status = try await ask(from: "10.1.1.1", "p\(n)@example.org")
                #expect(status == .seeOther)
            }
            let eleventh = try await ask(from: "10.1.1.1", "p11@example.org")
            #expect(eleventh == .tooManyRequests)
            #expect(try await ctx.mails(to: "samma@example.org").count == 3)
        }
    }
}
