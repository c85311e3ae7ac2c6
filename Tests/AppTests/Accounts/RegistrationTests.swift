@testable import App
@testable import Demo
import Testing
import Vapor
import Fluent

@Suite("Registering and confirming an account")
struct RegistrationTests {
    @Test("register → confirm → sign in → sign out")
    func fullFlow() async throws {
        try await TestApp.run { ctx in
            // setup
            let browser = ctx.browser()
            // act: register
            var response = try await browser.submit("/konto/skapa", [
                "displayName": "Kim Exempel", "email": "Kim@Example.org", "password": "korrekt häst batteri",
            ])
            // check
            #expect(response.status == .seeOther)
            #expect(response.location == "/konto/skapa/klart")
            let user = try #require(try await ctx.user("kim@example.org"))
            #expect(user.emailConfirmedAt == nil)
            #expect(user.passwordHash.hasPrefix("$2"))
            #expect(try await ctx.mails(to: "kim@example.org").count == 1)

            // signing in before confirming is refused and sends a new link
            response = try await browser.submit("/konto/logga-in", ["email": "kim@example.org", "password": "korrekt häst batteri"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("bekräfta din e-postadress"))
            #expect(try await ctx.mails(to: "kim@example.org").count == 2)

            // the link opens a page with a button; pressing it confirms
            let link = try #require(try await ctx.linkInLastMail(to: "kim@example.org"))
            response = try await browser.get(link)
            #expect(response.status == .ok)
            let token = try #require(TestBrowser.field("token", in: response.body.string))
            response = try await browser.post("/konto/bekrafta", ["token": token])
            #expect(response.location == "/konto/logga-in?notice=confirmed")
            #expect(try await ctx.user("kim@example.org")?.emailConfirmedAt != nil)

            // the same link a second time does nothing
            response = try await browser.get(link)
            #expect(response.status == .gone)

            try await browser.signIn("kim@example.org", password: "korrekt häst batteri")
            response = try await browser.get("/konto")
            #expect(response.status == .ok)
            #expect(response.body.string.contains("Kim Exempel"))

            response = try await browser.post("/konto/logga-ut", [:])
            #expect(response.location == "/?notice=signedOut")
            response = try await browser.get("/konto")
            #expect(response.status == .seeOther)
            #expect(response.location?.hasPrefix("/konto/logga-in") == true)
        }
    }

    @Test("bad input gets a clear message next to the field and nothing is stored",
          arguments: [
            (["displayName": "", "email": "a@example.org", "password": "korrekt häst batteri"], "displayName", "Skriv ditt namn"),
            (["displayName": "A", "email": "inte-en-adress", "password": "korrekt häst batteri"], "email", "Skriv en e-postadress"),
            (["displayName": "A", "email": "a@example.org", "password": "kort"], "password", "minst 12 tecken"),
            (["displayName": "A", "email": "a@example.org", "password": "qwerty123456"], "password", "för vanligt"),
            (["displayName": "A", "email": "a@example.org", "password": String(repeating: "x", count: 129)], "password", "högst 128"),
            (["displayName": String(repeating: "n", count: 101), "email": "a@example.org", "password": "korrekt häst batteri"], "displayName", "högst 100"),
          ])
    func badInput(fields: [String: String], field: String, message: String) async throws {
        try await TestApp.run { ctx in
            let usersBefore = try await ctx.app.count(User.self)
            let response = try await ctx.browser().submit("/konto/skapa", fields)
            #expect(response.status == .unprocessableEntity)
            let html = response.body.string
            #expect(html.contains("class=\"error-summary\""))
            #expect(html.contains("href=\"#field-\(field)\""))
            #expect(html.contains(message))
            #expect(try await ctx.app.count(User.self) == usersBefore)
            #expect(try await ctx.app.count(OutboxMessage.self) == 0)
            // what was typed comes back, except the password
            if let email = fields["email"], !email.isEmpty { #expect(html.contains("value=\"\(email)\"")) }
            #expect(!html.contains("korrekt häst batteri"))
        }
    }

    @Test("a taken address answers exactly like a new one, and the owner is told by mail")
    func noEnumeration() async throws {
        try await TestApp.run { ctx in
            let usersBefore = try await ctx.app.count(User.self)
            let fields = ["displayName": "X", "email": "forening@demo.samverka.example", "password": "en helt annan fras"]
            let taken = try await ctx.browser().submit("/konto/skapa", fields)
            let fresh = try await ctx.browser().submit("/konto/skapa", ["displayName": "X", "email": "ny@example.org", "password": "en helt annan fras"])
            #expect(taken.status == fresh.status)
            #expect(taken.location == fresh.location)
            let mails = try await ctx.mails(to: "forening@demo.samverka.example")
            #expect(mails.count == 1)
            #expect(mails[0].subject.contains("försökte skapa ett konto"))
            #expect(try await ctx.app.count(User.self) == usersBefore + 1)
        }
    }

    @Test("a confirmation link expires after 48 hours")
    func confirmationExpires() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            try await browser.submit("/konto/skapa", ["displayName": "A", "email": "late@example.org", "password": "korrekt häst batteri"])
            let link = try #require(try await ctx.linkInLastMail(to: "late@example.org"))
            ctx.clock.advance(by: 48 * 3600 + 1)
            let response = try await browser.get(link)
            #expect(response.status == .gone)
            #expect(response.body.string.contains("Länken fungerar inte längre"))
        }
    }
}
