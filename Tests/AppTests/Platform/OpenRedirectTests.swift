@testable import App
@testable import Demo
import Testing
import Vapor

@Suite("No open redirect through ?return=")
struct OpenRedirectTests {
    /// As they arrive in a URL: percent-encoded tab, newline and backslash, and the plain tricks.
    static let bypasses = ["/%09/evil.example", "/%0a/evil.example", "/%0d/evil.example", "/%5Cevil.example", "%2F%2Fevil.example",
                           "///evil.example", "https:evil.example", "/%09%5C%5Cevil.example", "/\\evil.example", "//evil.example"]

    @Test("the language switch goes back home instead", arguments: bypasses)
    func languageSwitch(raw: String) async throws {
        try await TestApp.run { ctx in
            let response = try await ctx.browser().get("/lang/en?return=\(raw)")
            #expect(response.status == .seeOther)
            #expect(response.location == "/")
        }
    }

    @Test("signing in goes to the account page instead, and the form does not carry it", arguments: bypasses)
    func signIn(raw: String) async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            let page = try await browser.get("/konto/logga-in?return=\(raw)")
            #expect(page.body.string.contains("action=\"/konto/logga-in\""))
            let response = try await browser.post("/konto/logga-in?return=\(raw)",
                                                  ["email": SignInTests.staff, "password": DemoAccounts.password])
            #expect(response.location == "/konto")
        }
    }

    @Test("a path of this site is still where the switch and the sign-in return to")
    func localPath() async throws {
        try await TestApp.run { ctx in
            #expect(try await ctx.browser().get("/lang/en?return=%2Fsamrad%3Fpage%3D1").location == "/samrad?page=1")
            let browser = ctx.browser()
            try await browser.get("/konto/logga-in?return=%2Fforeningar")
            let response = try await browser.post("/konto/logga-in?return=%2Fforeningar",
                                                  ["email": SignInTests.staff, "password": DemoAccounts.password])
            #expect(response.location == "/foreningar")
        }
    }
}
