@testable import App
import Testing
import Vapor
import Fluent

@Suite("CSRF, security headers and error pages")
struct SecurityTests {
    @Test("a form post without the session's token is refused with an explanation, and nothing changes")
    func csrf() async throws {
        try await TestApp.run { ctx in
            let fields = ["displayName": "A", "email": "csrf@example.org", "password": "korrekt häst batteri"]
            let browser = ctx.browser()
            try await browser.get("/konto/skapa")
            let token = try #require(browser.csrfToken)
            for response in [
                try await browser.post("/konto/skapa", fields, includeToken: false),
                try await browser.post("/konto/skapa", fields, csrf: "forged-token"),
                try await ctx.browser().post("/konto/skapa", fields, csrf: token),
            ] {
                #expect(response.status == .forbidden)
                #expect(response.body.string.contains("Formuläret är för gammalt"))
            }
            #expect(try await ctx.user("csrf@example.org") == nil)
            let accepted = try await browser.post("/konto/skapa", fields, csrf: token)
            #expect(accepted.status == .seeOther)
        }
    }

    @Test("every kind of response carries the strict headers and no server banner",
          arguments: ["/", "/finns-inte", "/api/v1/departments", "/api/v1/finns-inte", "/styles.css", "/health"])
    func headers(path: String) async throws {
        try await TestApp.run(baseURL: "https://samverka.test") { ctx in
            let response = try await ctx.browser().get(path)
            let csp = try #require(response.headers.first(name: "Content-Security-Policy"))
            #expect(csp.contains("frame-ancestors 'none'"))
            #expect(!csp.contains("unsafe-inline"))
            #expect(response.headers.first(name: "X-Content-Type-Options") == "nosniff")
            #expect(response.headers.first(name: "Referrer-Policy") == "same-origin")
            #expect(response.headers.first(name: "Strict-Transport-Security")?.contains("max-age=") == true)
            #expect(response.headers.first(name: .server) == nil)
            #expect(response.headers.first(name: "X-Request-Id") != nil)
        }
    }

    @Test("no HSTS over plain http")
    func noHSTSOnHTTP() async throws {
        try await TestApp.run { ctx in
            let response = try await ctx.browser().get("/")
            #expect(response.headers.first(name: "Strict-Transport-Security") == nil)
        }
    }

    @Test("errors are pages in the reader's language without internals; the API answers JSON")
    func errorPages() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            var response = try await browser.get("/finns-inte")
            #expect(response.status == .notFound)
            #expect(response.body.string.contains("Sidan finns inte"))
            try await browser.get("/lang/en?return=/")
            response = try await browser.get("/finns-inte")
            #expect(response.body.string.contains("The page does not exist"))
            #expect(response.body.string.contains("<html lang=\"en\">"))

            response = try await browser.get("/api/v1/finns-inte")
            #expect(response.status == .notFound)
            #expect(response.headers.contentType == .json)
            let json = try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any]
            #expect(json?["error"] is String)

            // a known API path with a method it does not answer is 405 with Allow
            response = try await browser.send(.DELETE, "/api/v1/departments", headers: [:], body: nil)
            #expect(response.status == .methodNotAllowed)
            #expect(response.headers.first(name: .allow) == "GET")
        }
    }

    @Test("a body over the limit gets a clear 413 page and nothing is stored")
    func tooLarge() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            try await browser.get("/konto/skapa")
            let huge = String(repeating: "å", count: 1_100_000)
            let response = try await browser.post("/konto/skapa", ["displayName": huge, "email": "stor@example.org", "password": "korrekt häst batteri"])
            #expect(response.status == .payloadTooLarge)
            #expect(response.body.string.contains("för stort"))
            #expect(try await ctx.user("stor@example.org") == nil)
        }
    }

    @Test("what a person types comes back escaped, never as markup")
    func escaping() async throws {
        try await TestApp.run { ctx in
            let hostile = "\"><script>alert(1)</script>&amp;'"
            let response = try await ctx.browser().submit("/konto/skapa", ["displayName": hostile, "email": hostile, "password": "x"])
            let html = response.body.string
            #expect(!html.contains("<script>alert(1)"))
            #expect(!html.contains("\"><script"))
            #expect(html.contains("&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&amp;amp;&#39;"))
        }
    }
}
