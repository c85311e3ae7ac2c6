@testable import App
import Testing
import Vapor
import Fluent
import Domain

/// Samverka mails with the municipality's name: what anonymous or new people can make it mail is
/// limited per address and per client, carries nothing they typed, and invitations are for the
/// address they were sent to (issue 14, item 1).
@Suite("Mail as a weapon: limits per address and per client")
struct MailAbuseTests {
    static let victim = "offer@example.org"

    @Test("200 questions naming one victim's address from one client: at most three mails reach the victim, the rest are refused with the text kept")
    func inquiryFlood() async throws {
        try await TestApp.run { ctx in
            // setup
            let browser = ctx.browser()
            var statuses: [HTTPStatus] = []
            // act
            for n in 0..<200 {
                let response = try await browser.submit("/kontakt/fraga", TestApp.Context.question.merging([
                    "email": Self.victim, "question": "Köp billiga klockor på evil.example \(n)",
                ]) { $1 })
                statuses.append(response.status)
                if n == 199 { #expect(response.body.string.contains("Köp billiga klockor på evil.example 199")) }
            }
            // check
            #expect(try await ctx.mails(to: Self.victim).count == AbuseLimit.mailsToAddress.count)
            #expect(statuses.filter { $0 == .seeOther }.count == AbuseLimit.mailsToAddress.count)
            #expect(statuses.dropFirst(3).allSatisfy { $0 == .tooManyRequests })
            #expect(try await ctx.app.count(Inquiry.self) == 40 + AbuseLimit.mailsToAddress.count) // the demo's 40, then three
        }
    }

    @Test("one client sending to many addresses: at most ten questions an hour, then 429 with a clear message; an hour later it works again")
    func clientLimit() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            var statuses: [HTTPStatus] = []
            for n in 0..<12 {
                statuses.append(try await browser.submit("/kontakt/fraga", TestApp.Context.question.merging(["email": "person\(n)@example.org"]) { $1 }).status)
            }
            #expect(statuses.prefix(10).allSatisfy { $0 == .seeOther } && statuses.suffix(2).allSatisfy { $0 == .tooManyRequests })
            #expect(browser.lastBody.contains("Många frågor har skickats härifrån"))
            ctx.app.settings.metricsToken = MetricsTests.token
            var scraper = HTTPHeaders()
            scraper.bearerAuthorization = BearerAuthorization(token: MetricsTests.token)
            let metrics = try await browser.get("/metrics", headers: scraper).body.string
            #expect(metrics.contains("samverka_limits_reached_total{limit=\"inquiriesFromClient\"}"))
            ctx.clock.advance(by: 3601)
            #expect(try await browser.submit("/kontakt/fraga", TestApp.Context.question.merging(["email": "sen@example.org"]) { $1 }).status == .seeOther)
        }
    }

    @Test("a receipt carries the reference and the link, not the name the sender typed; names are one line")
    func receiptWithoutFreeText() async throws {
        try await TestApp.run { ctx in
            let name = "Vinn en iPhone på evil.example"
            let (_, _, inquiry) = try await ctx.ask(TestApp.Context.question.merging(["name": name]) { $1 })
            let receipt = try #require(try await ctx.mails(to: "kim@example.org").first)
            #expect(!receipt.body.contains(name) && !receipt.subject.contains(name) && receipt.toName == nil)
            #expect(receipt.body.contains(inquiry.reference))
            let browser = ctx.browser()
            let response = try await browser.submit("/kontakt/fraga", TestApp.Context.question.merging(["name": "Kim\nKöp klockor"]) { $1 })
            #expect(response.status == .unprocessableEntity && browser.lastBody.contains("Skriv namnet på en rad"))
        }
    }

    @Test("registering someone else's address again and again: at most three mails to its owner, and the client is limited before hashing")
    func registrationFlood() async throws {
        try await TestApp.run { ctx in
            // the owner of a taken address hears of each try, three times an hour at most
            let browser = ctx.browser()
            var statuses: [HTTPStatus] = []
            for n in 0..<5 {
                let response = try await browser.submit("/konto/skapa", ["displayName": "Någon \(n)", "email": Demo.member,
                                                                          "password": "korrekt häst batteri \(n)"])
                statuses.append(response.status)
            }
            #expect(try await ctx.mails(to: Demo.member).count == AbuseLimit.mailsToAddress.count)
            #expect(statuses.suffix(2).allSatisfy { $0 == .tooManyRequests } && browser.lastBody.contains("Vi har redan skickat flera mejl"))
            // from one client: the sixth registration in an hour is refused before any account or mail is made
            ctx.clock.advance(by: 3601)
            let client = ctx.browser()
            var last = HTTPStatus.ok
            for n in 0..<6 {
                last = try await client.submit("/konto/skapa", ["displayName": "Ny \(n)", "email": "ny\(n)@example.org",
                                                                "password": "korrekt häst batteri"]).status
            }
            #expect(last == .tooManyRequests && client.lastBody.contains("Många konton har skapats härifrån"))
            let account = try await ctx.user("ny5@example.org"), mails = try await ctx.mails(to: "ny5@example.org")
            #expect(account == nil && mails.isEmpty)
        }
    }

    @Test("signing in again and again to an unconfirmed account sends at most three confirmation mails")
    func unconfirmedSignIns() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            try await browser.submit("/konto/skapa", ["displayName": "Ny", "email": "obekraftad@example.org", "password": "korrekt häst batteri"])
            for _ in 0..<6 {
                let response = try await ctx.browser().submit("/konto/logga-in", ["email": "obekraftad@example.org", "password": "korrekt häst batteri"])
                #expect(response.status == .unprocessableEntity)
            }
            #expect(try await ctx.mails(to: "obekraftad@example.org").count == AbuseLimit.mailsToAddress.count)
        }
    }

    @Test("only a verified association invites, an invitation is accepted only by its address, and one address gets at most three")
    func invitations() async throws {
        try await TestApp.run { ctx in
            // a pending association cannot invite anyone
            let pending = try await ctx.association("Nyregistrerade föreningen", status: .pending, representative: Demo.member)
            let member = try await ctx.signedIn(Demo.member)
            let pendingPage = "/foreningar/\(pending.slug)/representanter"
            let shown = try await member.get(pendingPage).body.string
            #expect(!shown.contains("/bjud-in") && shown.contains("när kommunen har godkänt den"), "the page offers no form it would refuse")
            var response = try await member.post(pendingPage + "/bjud-in", ["email": Self.victim])
            #expect(response.status == .conflict && member.lastBody.contains("när kommunen har godkänt den"))
            #expect(try await ctx.mails(to: Self.victim).isEmpty)
            // a verified one can; the link works only for the invited address
            let verified = try await ctx.association("Godkända föreningen", representative: Demo.member)
            let page = "/foreningar/\(verified.slug)/representanter"
            try await member.get(page)
            response = try await member.post(page + "/bjud-in", ["email": Demo.council])
            #expect(response.status == .seeOther)
            let link = try #require(try await ctx.linkInLastMail(to: Demo.council))
            let other = try await ctx.signedIn(Demo.staff)
            #expect(try await other.get(link).status == .forbidden && other.lastBody.contains("skickades till en annan e-postadress"))
            let token = String(link.split(separator: "=").last ?? "")
            try await other.get("/konto")
            #expect(try await other.post("/foreningar/inbjudan", ["token": token]).status == .forbidden)
            #expect(try await Representative.query(on: ctx.app.db).filter(\.$association.$id == verified.id!).count() == 1)
            // one address: three invitations an hour
            for _ in 0..<4 { try await member.submit(page, to: page + "/bjud-in", ["email": Self.victim]) }
            #expect(try await ctx.mails(to: Self.victim).count == AbuseLimit.mailsToAddress.count)
        }
    }
}
