@testable import App
@testable import Demo
import Testing
import Vapor
import Fluent

@Suite("Signing in, sessions and throttling")
struct SignInTests {
    static let staff = "handlaggare.kultur@demo.samverka.example"

    @Test("a wrong password and an unknown address get the same answer")
    func sameAnswer() async throws {
        try await TestApp.run { ctx in
            let wrong = try await ctx.browser().submit("/konto/logga-in", ["email": Self.staff, "password": "fel lösenord här"])
            let unknown = try await ctx.browser().submit("/konto/logga-in", ["email": "ingen@example.org", "password": "fel lösenord här"])
            #expect(wrong.status == .unprocessableEntity)
            #expect(unknown.status == wrong.status)
            #expect(wrong.body.string.contains("E-postadressen eller lösenordet stämmer inte."))
            #expect(unknown.body.string.contains("E-postadressen eller lösenordet stämmer inte."))
        }
    }

    @Test("five failures lock the account for 15 minutes with the time to try again")
    func throttling() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            for _ in 1...5 {
                let response = try await browser.submit("/konto/logga-in", ["email": Self.staff, "password": "fel lösenord här"])
                #expect(response.status == .unprocessableEntity)
            }
            // even the right password is refused while locked, and the message says until when (Stockholm time)
            var response = try await browser.submit("/konto/logga-in", ["email": Self.staff, "password": DemoAccounts.password])
            #expect(response.status == .tooManyRequests)
            #expect(response.body.string.contains("försök igen klockan 08:15"))
            // an unknown address is throttled the same way
            for _ in 1...5 {
                try await browser.submit("/konto/logga-in", ["email": "ingen@example.org", "password": "fel lösenord här"])
            }
            response = try await browser.submit("/konto/logga-in", ["email": "ingen@example.org", "password": "x"])
            #expect(response.status == .tooManyRequests)
            // after the window the right password works again
            ctx.clock.advance(by: 15 * 60 + 1)
            try await browser.signIn(Self.staff)
        }
    }

    @Test("five failures at one address lock that address out of the account, not the owner at another")
    func softLockout() async throws {
        try await TestApp.run(trustedProxies: [TestApp.inProcessPeer]) { ctx in
            let guesser = ctx.browser(address: "192.0.2.66")
            for _ in 1...5 {
                #expect(try await guesser.submit("/konto/logga-in", ["email": Self.staff, "password": "fel lösenord här"]).status == .unprocessableEntity)
            }
            #expect(try await guesser.submit("/konto/logga-in", ["email": Self.staff, "password": DemoAccounts.password]).status == .tooManyRequests)
            try await ctx.browser(address: "198.51.100.7").signIn(Self.staff)
        }
    }

    @Test("twenty failures from one address lock that address for every account")
    func addressThrottling() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            for index in 1...20 {
                try await browser.submit("/konto/logga-in", ["email": "person\(index)@example.org", "password": "fel lösenord här"])
            }
            let response = try await browser.submit("/konto/logga-in", ["email": Self.staff, "password": DemoAccounts.password])
            #expect(response.status == .tooManyRequests)
        }
    }

    @Test("signing in gives a new session token; the old one is gone")
    func rotation() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            try await browser.get("/konto/logga-in")
            // a visitor who only looks at the form has no session at all
            #expect(browser.cookies[SessionStore.cookieName] == nil)
            try await browser.post("/konto/logga-in", ["email": Self.staff, "password": DemoAccounts.password])
            let first = try #require(browser.cookies[SessionStore.cookieName])
            try await browser.get("/konto")
            try await browser.post("/konto/logga-in", ["email": Self.staff, "password": DemoAccounts.password])
            let signedIn = try #require(browser.cookies[SessionStore.cookieName])
            #expect(first != signedIn)
            #expect(try await SessionRecord.query(on: ctx.app.db).filter(\.$tokenHash == SecureToken.hash(first)).count() == 0)
            // the session is stored only as a hash
            #expect(try await SessionRecord.query(on: ctx.app.db).filter(\.$tokenHash == signedIn).count() == 0)
        }
    }

    @Test("the cookie is HttpOnly and SameSite=Lax, and Secure when the site is https")
    func cookieFlags() async throws {
        for (base, secure) in [("http://samverka.test", false), ("https://samverka.test", true)] {
            try await TestApp.run(baseURL: base) { ctx in
                let response = try await ctx.browser().get("/konto/logga-in")
                let cookie = try #require(response.headers[.setCookie].first)
                #expect(cookie.contains("HttpOnly"))
                #expect(cookie.contains("SameSite=Lax"))
                #expect(cookie.contains("Secure") == secure)
            }
        }
    }

    @Test("a session ends after 2 idle hours and after 12 hours in all")
    func sessionLimits() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            try await browser.signIn(Self.staff)
            ctx.clock.advance(by: 2 * 3600 - 60)
            #expect(try await browser.get("/konto").status == .ok)
            ctx.clock.advance(by: 2 * 3600 + 60)
            #expect(try await browser.get("/konto").status == .seeOther)

            try await browser.signIn(Self.staff)
            for _ in 0..<12 {
                ctx.clock.advance(by: 3600 - 1)
                #expect(try await browser.get("/konto").status == .ok)
            }
            ctx.clock.advance(by: 20)
            #expect(try await browser.get("/konto").status == .seeOther)
        }
    }

    @Test("after signing in the person returns to the page they asked for, never to another site")
    func returnPath() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            var response = try await browser.get("/admin/anvandare?q=a")
            #expect(response.location == "/konto/logga-in?return=%2Fadmin%2Fanvandare%3Fq%3Da")
            try await browser.get(response.location!)
            response = try await browser.post(response.location!, ["email": "admin@demo.samverka.example", "password": DemoAccounts.password])
            response = try await browser.completeSignIn("admin@demo.samverka.example", response)
            #expect(response.location == "/admin/anvandare?q=a")

            let other = ctx.browser()
            try await other.get("/konto/logga-in")
            response = try await other.post("/konto/logga-in?return=//evil.example", ["email": Self.staff, "password": DemoAccounts.password])
            #expect(response.location == "/konto")
        }
    }

    @Test("fifty wrong passwords at once: at most five are checked, and the owner elsewhere still signs in")
    func parallelGuesses() async throws {
        try await TestApp.run(trustedProxies: [TestApp.inProcessPeer]) { ctx in
            // setup: a guesser at one address, each guess from a tab with its own form
            let guesses = (0..<50).map { _ in ctx.browser(address: "192.0.2.66") }
            for guess in guesses { try await guess.get("/konto/logga-in") }
            // act
            let statuses = try await withThrowingTaskGroup(of: HTTPStatus.self) { group in
                for (index, guess) in guesses.enumerated() {
                    group.addTask { try await guess.post("/konto/logga-in", ["email": Self.staff, "password": "gissning nummer \(index)"]).status }
                }
                return try await group.reduce(into: []) { $0.append($1) }
            }
            // check: a password was checked only for the attempts that were let through
            let checked = statuses.filter { $0 == .unprocessableEntity }.count
            #expect(checked <= 5)
            #expect(statuses.filter { $0 == .tooManyRequests }.count == 50 - checked)
            let recorded = try await LoginAttempt.query(on: ctx.app.db).filter(\.$emailHash == SecureToken.hash(Self.staff)).count()
            #expect(recorded == checked)
            // the owner, at another address, is not
            let owner = ctx.browser(address: "198.51.100.7")
            try await owner.signIn(Self.staff)
            #expect(try await owner.get("/konto").status == .ok)
        }
    }
}
