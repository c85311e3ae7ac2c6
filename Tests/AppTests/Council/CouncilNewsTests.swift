@testable import App
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain
#if canImport(FoundationXML)
import FoundationXML
#endif

@Suite("The council's news: written by council members, archived, in an Atom feed, mailed each item or monthly")
struct CouncilNewsTests {
    static let item = ["title": "Rådet bjuder in till dialog", "summary": "Den 3 december träffas rådet och föreningarna.",
                       "easyRead": "Kom och prata med rådet.", "body": "Välkommen till Stadshuset."]

    /// Asks for the news by mail and starts it by the link in the mail, as a person would.
    static func subscribe(_ ctx: TestApp.Context, _ email: String, _ frequency: String) async throws {
        #expect(try await ctx.browser().submit("/samverkansradet/prenumerera", ["email": email, "frequency": frequency]).status == .seeOther)
        let link = try #require(try await ctx.linkInLastMail(to: email))
        #expect(try await ctx.browser().get(link).body.string.contains("Börja få nyheterna"))
        #expect(try await ctx.browser().submit(link, ["intent": "confirm"]).status == .seeOther)
        // Pressed again (a second tab): nothing changes, and nothing fails.
        #expect(try await ctx.browser().submit(link, ["intent": "confirm"]).status == .seeOther)
    }

    @Test("a council member publishes; the item is in the archive and the feed, and mailed to those who want each item only")
    func publish() async throws {
        try await TestApp.run { ctx in
            try await Self.subscribe(ctx, "varje@example.org", "each")
            try await Self.subscribe(ctx, "manad@example.org", "monthly")
            #expect(try await ctx.browser().submit("/samverkansradet/prenumerera", ["email": "aldrig@example.org", "frequency": "each"]).status == .seeOther)
            let member = try await ctx.signedIn(Demo.council)
            for bad in [["title": ""], ["summary": ""], ["easyRead": ""], ["body": String(repeating: "x", count: 20_001)]] {
                let response = try await member.submit("/samverkansradet/nyheter/ny", Self.item.merging(bad) { $1 })
                #expect(response.status == .unprocessableEntity && response.body.string.contains("error-summary"), "\(bad)")
            }
            let saved = try await member.submit("/samverkansradet/nyheter/ny", Self.item)
            #expect(saved.status == .seeOther)
            let path = "/samverkansradet/nyheter/radet-bjuder-in-till-dialog"
            #expect(try await ctx.browser().get(path).body.string.contains("Kom och prata med rådet."))
            #expect(try await ctx.browser().get("/samverkansradet/nyheter").body.string.contains(path))
            let feed = try await ctx.browser().get("/samverkansradet/nyheter.atom")
            #expect(feed.headers.contentType?.subType == "atom+xml" && feed.body.string.contains("<title>Rådet bjuder in till dialog</title>"))
            #expect(XMLParser(data: Data(feed.body.string.utf8)).parse())
            // The test clock stands still, so mails are told apart by subject, not by time.
            let mail = try #require(try await ctx.mails(to: "varje@example.org").first { $0.subject.contains("Rådet bjuder in till dialog") })
            #expect(mail.body.contains(path))
            #expect(try await ctx.mails(to: "manad@example.org").count == 1)
            #expect(try await ctx.mails(to: "aldrig@example.org").count == 1)
            // Correcting mails nobody again; the public and staff may not write.
            #expect(try await member.submit(path + "/andra", Self.item.merging(["body": "Rättad."]) { $1 }).status == .seeOther)
            #expect(try await ctx.mails(to: "varje@example.org").count == 2)
            #expect(try await ctx.signedIn(Demo.staff).get("/samverkansradet/nyheter/ny").status == .forbidden)
            // A headline that would take the form's own address gets another.
            #expect(try await member.submit("/samverkansradet/nyheter/ny", Self.item.merging(["title": "Ny"]) { $1 }).status == .seeOther)
            #expect(try await CouncilNews.query(on: ctx.app.db).filter(\.$title == "Ny").first()?.slug == "ny-2")
            #expect(try await ctx.browser().get("/samverkansradet/nyheter/ny").status == .seeOther)
            // Stopping by the link in the mail.
            let token = try #require(try await NewsSubscriber.query(on: ctx.app.db).filter(\.$email == "varje@example.org").first()?.token)
            let stop = "/samverkansradet/prenumerera/" + token
            #expect(mail.body.contains(stop))
            #expect(try await ctx.browser().submit(stop, ["intent": "stop"]).body.string.contains("inga fler nyheter"))
            #expect(try await NewsSubscriber.query(on: ctx.app.db).filter(\.$email == "varje@example.org").count() == 0)
        }
    }

    @Test("the monthly letter carries the previous month's items, goes out once, and waits until the first of the month")
    func letter() async throws {
        try await TestApp.run { ctx in
            try await Self.subscribe(ctx, "manad@example.org", "monthly")
            // The test clock is mid-November: October's letter is due, with October's one demo item.
            #expect(try await CouncilMails.letter(ctx.app) == 1)
            let october = try #require(try await ctx.mails(to: "manad@example.org").first { $0.subject.contains("oktober 2026") })
            #expect(october.body.contains("Årets uppföljning är klar"))
            #expect(!october.body.contains("Rådet besöker Föreningarnas dag i Vivalla"))
            #expect(try await CouncilMails.letter(ctx.app) == 0)
            #expect(try await ctx.signedIn(Demo.council).submit("/samverkansradet/nyheter/ny", Self.item).status == .seeOther)
            // November's is not due before seven on the first of December.
            let firstOfDecember = CalendarDay(2026, 12, 1).start
            ctx.clock.advance(by: firstOfDecember.timeIntervalSince(ctx.clock.now) + 6 * 3600)
            #expect(try await CouncilMails.letter(ctx.app) == 0)
            ctx.clock.advance(by: 2 * 3600)
            #expect(try await CouncilMails.letter(ctx.app) == 1)
            let november = try #require(try await ctx.mails(to: "manad@example.org").first { $0.subject.contains("november 2026") })
            #expect(november.body.contains("Rådet besöker Föreningarnas dag i Vivalla") && november.body.contains("Rådet bjuder in till dialog"))
        }
    }

    @Test("asking for the news is limited per client and per address")
    func limits() async throws {
        try await TestApp.run(trustedProxies: [TestApp.inProcessPeer]) { ctx in
            func ask(from client: String, _ email: String) async throws -> HTTPResponseStatus {
                try await ctx.browser(address: client).submit("/samverkansradet/prenumerera", ["email": email, "frequency": "each"]).status
            }
            var statuses: [HTTPResponseStatus] = []
            for n in 1...4 { statuses.append(try await ask(from: "10.2.0.\(n)", "samma@example.org")) }
            #expect(statuses == [.seeOther, .seeOther, .seeOther, .tooManyRequests])
            statuses = []
            for n in 1...11 { statuses.append(try await ask(from: "10.2.1.1", "p\(n)@example.org")) }
            #expect(statuses == Array(repeating: .seeOther, count: 10) + [.tooManyRequests])
            #expect(try await ctx.mails(to: "samma@example.org").count == 3)
        }
    }
}
