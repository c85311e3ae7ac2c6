@testable import App
import Testing
import Vapor
import Fluent

/// What a visitor without an account costs the server is bounded (issue 14, item 5).
@Suite("Bounded anonymous work: no session rows for looking, no endless deep pages")
struct AnonymousWorkTests {
    @Test("200 visits to the sign-in page write no session row; the form still posts with its signed token")
    func noSessionRows() async throws {
        try await TestApp.run { ctx in
            // setup
            let before = try await ctx.app.count(App.SessionRecord.self)
            // act
            for _ in 0..<200 { try await ctx.browser().get("/konto/logga-in") }
            // check
            #expect(try await ctx.app.count(App.SessionRecord.self) == before)
            let (_, _, inquiry) = try await ctx.ask()
            #expect(inquiry.reference.hasPrefix("SAM-"))
            #expect(try await ctx.app.count(App.SessionRecord.self) == before)
        }
    }

    @Test("a form token is only good with the cookie it came with, and not after it expires")
    func signedTokens() async throws {
        try await TestApp.run { ctx in
            let visitor = ctx.browser(), other = ctx.browser()
            try await visitor.get("/kontakt/fraga")
            try await other.get("/kontakt/fraga")
            let stolen = try #require(visitor.csrfToken)
            // another visitor's token in my form: refused, nothing stored
            let before = try await ctx.app.count(Inquiry.self)
            #expect(try await other.post("/kontakt/fraga", TestApp.Context.question, csrf: stolen).status == .forbidden)
            #expect(try await other.post("/kontakt/fraga", TestApp.Context.question, csrf: "x.9999999999.y").status == .forbidden)
            #expect(try await ctx.app.count(Inquiry.self) == before)
            // the page with a token is the visitor's own, never shared from the page cache
            let page = try await ctx.browser().get("/kontakt/fraga")
            #expect(page.headers.first(name: .cacheControl) == "private, no-store")
            // two hours later the token has run out
            ctx.clock.advance(by: SignedFormToken.lifetime + 1)
            #expect(try await visitor.post("/kontakt/fraga", TestApp.Context.question).status == .forbidden)
        }
    }

    @Test("a page past the last one is 404, for pages and the API alike; the first page of an empty list is not")
    func pastTheEnd() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            for path in ["/foreningar?page=1000000", "/samrad?page=1000000", "/stod?page=1000000", "/overenskommelsen/anslutna?page=1000000"] {
                #expect(try await browser.get(path).status == .notFound, "\(path)")
            }
            for path in ["/api/v1/associations?page=1000000", "/api/v1/consultations?page=1000000", "/api/v1/support?page=1000000"] {
                let response = try await ctx.json(path)
                #expect(response.status == 404 && (response.body as? [String: Any])?["field"] as? String == "page", "\(path)")
            }
            #expect(try await browser.get("/foreningar?q=finnsinte").status == .ok)
            #expect(try await ctx.json("/api/v1/associations?q=finnsinte").status == 200)
        }
    }
}
