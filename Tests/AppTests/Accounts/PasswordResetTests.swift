@testable import App
import Testing
import Vapor
import Fluent

@Suite("Resetting a forgotten password")
struct PasswordResetTests {
    static let member = "forening@demo.samverka.example"

    @Test("the link works once, within an hour, and ends every session")
    func reset() async throws {
        try await TestApp.run { ctx in
            // setup: the person is signed in somewhere else
            let elsewhere = ctx.browser()
            try await elsewhere.signIn(Self.member)
            let browser = ctx.browser()
            // act
            var response = try await browser.submit("/konto/glomt-losenord", ["email": Self.member])
            #expect(response.status == .ok)
            let link = try #require(try await ctx.linkInLastMail(to: Self.member))
            #expect(link.hasPrefix("/konto/nytt-losenord?token="))
            try await browser.get(link)
            response = try await browser.post(link, ["password": "en ny fin mening"])
            // check
            #expect(response.location == "/konto/logga-in?notice=passwordChanged")
            #expect(try await elsewhere.get("/konto").status == .seeOther)
            try await browser.signIn(Self.member, password: "en ny fin mening")
            #expect(try await browser.get(link).status == .gone)
            let subjects = try await ctx.mails(to: Self.member).map(\.subject)
            #expect(subjects.contains("Ditt lösenord är bytt"))
        }
    }

    @Test("an unknown address gets the same page and no mail")
    func unknownAddress() async throws {
        try await TestApp.run { ctx in
            let known = try await ctx.browser().submit("/konto/glomt-losenord", ["email": Self.member])
            let unknown = try await ctx.browser().submit("/konto/glomt-losenord", ["email": "ingen@example.org"])
            #expect(known.status == unknown.status)
            #expect(known.body.string.contains("Om det finns ett konto med den adressen"))
            #expect(unknown.body.string.contains("Om det finns ett konto med den adressen"))
            #expect(try await ctx.app.count(OutboxMessage.self) == 1)
        }
    }

    @Test("a reset link expires after one hour")
    func expiry() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            try await browser.submit("/konto/glomt-losenord", ["email": Self.member])
            let link = try #require(try await ctx.linkInLastMail(to: Self.member))
            ctx.clock.advance(by: 3601)
            #expect(try await browser.get(link).status == .gone)
        }
    }

    @Test("at most three reset mails an hour go to one account")
    func mailBombing() async throws {
        try await TestApp.run { ctx in
            for _ in 1...5 { try await ctx.browser().submit("/konto/glomt-losenord", ["email": Self.member]) }
            #expect(try await ctx.mails(to: Self.member).count == 3)
        }
    }

    @Test("one client asking for many addresses: ten an hour, known or not; past that no mail and the same page")
    func clientLimit() async throws {
        try await TestApp.run(trustedProxies: [TestApp.inProcessPeer]) { ctx in
            // setup: ten asks from one client, for addresses without accounts
            let browser = ctx.browser(address: "198.51.100.6")
            for n in 1...10 { try await browser.submit("/konto/glomt-losenord", ["email": "ingen\(n)@example.org"]) }
            // act: the eleventh names a real account
            let limited = try await browser.submit("/konto/glomt-losenord", ["email": Self.member])
            // check: the page does not tell; no mail; another client, or the same an hour later, gets one
            #expect(limited.status == .ok)
            #expect(limited.body.string.contains("Om det finns ett konto med den adressen"))
            #expect(try await ctx.mails(to: Self.member).isEmpty)
            try await ctx.browser(address: "198.51.100.7").submit("/konto/glomt-losenord", ["email": Self.member])
            #expect(try await ctx.mails(to: Self.member).count == 1)
            ctx.clock.advance(by: 3601)
            try await browser.submit("/konto/glomt-losenord", ["email": Self.member])
            #expect(try await ctx.mails(to: Self.member).count == 2)
        }
    }

    @Test("a weak new password is refused with a message and changes nothing")
    func weakPassword() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            try await browser.submit("/konto/glomt-losenord", ["email": Self.member])
            let link = try #require(try await ctx.linkInLastMail(to: Self.member))
            try await browser.get(link)
            let before = try await ctx.user(Self.member)?.passwordHash
            let response = try await browser.post(link, ["password": "password1234"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("för vanligt"))
            #expect(try await ctx.user(Self.member)?.passwordHash == before)
        }
    }

    @Test("a reset ends the person's other reset links too")
    func otherLinksEnd() async throws {
        try await TestApp.run { ctx in
            // setup: two reset mails
            try await ctx.browser().submit("/konto/glomt-losenord", ["email": Self.member])
            try await ctx.browser().submit("/konto/glomt-losenord", ["email": Self.member])
            let links = try await ctx.mails(to: Self.member).compactMap { mail in
                mail.body.range(of: #"/konto/nytt-losenord\?token=[A-Za-z0-9_-]+"#, options: .regularExpression).map { String(mail.body[$0]) }
            }
            #expect(links.count == 2 && links[0] != links[1])
            let (first, second) = (links[0], links[1])
            // act: the second is used
            let browser = ctx.browser()
            try await browser.get(second)
            #expect(try await browser.post(second, ["password": "en ny fin mening"]).status == .seeOther)
            // check: the first opens nothing any more
            let late = ctx.browser()
            #expect(try await late.get(first).status == .gone)
            try await late.get("/konto/glomt-losenord") // a page with a form, for the CSRF token
            #expect(try await late.post(first, ["password": "ett annat lösenord här"]).status == .gone)
            try await ctx.browser().signIn(Self.member, password: "en ny fin mening")
        }
    }

    @Test("one link posted from two tabs at once changes the password once")
    func concurrentRedeem() async throws {
        try await TestApp.run { ctx in
            try await ctx.browser().submit("/konto/glomt-losenord", ["email": Self.member])
            let link = try #require(try await ctx.linkInLastMail(to: Self.member))
            let tabs = [ctx.browser(), ctx.browser(), ctx.browser(), ctx.browser()]
            for tab in tabs { try await tab.get(link) }
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (index, tab) in tabs.enumerated() {
                    group.addTask { try await tab.post(link, ["password": "ett nytt lösenord nummer \(index)"]).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            #expect(statuses.filter { $0 == .seeOther }.count == 1)
            #expect(statuses.filter { $0 == .gone }.count == tabs.count - 1)
            #expect(try await ctx.audits("user.passwordReset").count == 1)
        }
    }
}
