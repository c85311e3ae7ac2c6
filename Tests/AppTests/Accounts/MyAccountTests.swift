@testable import App
import Testing
import Vapor
import Fluent

@Suite("A person's own data: export and deletion")
struct MyAccountTests {
    @Test("the export holds the account, sessions, activity and questions, never the password hash")
    func export() async throws {
        try await TestApp.run { ctx in
            let browser = try await ctx.registeredUser("export@example.org")
            let (_, _, inquiry) = try await ctx.ask(browser: browser)
            let response = try await browser.get("/konto/mina-uppgifter.json")
            #expect(response.status == .ok)
            #expect(response.headers.first(name: .contentDisposition)?.contains("attachment") == true)
            let json = try JSONSerialization.jsonObject(with: Data(response.body.string.utf8)) as? [String: Any]
            let account = try #require(json?["account"] as? [String: Any])
            #expect(account["email"] as? String == "export@example.org")
            #expect((json?["sessions"] as? [Any])?.isEmpty == false)
            let actions = (json?["activity"] as? [[String: Any]])?.compactMap { $0["action"] as? String } ?? []
            #expect(actions.contains("user.login"))
            let questions = (json?["questions"] as? [[String: Any]])?.compactMap { $0["reference"] as? String } ?? []
            #expect(questions == [inquiry.reference])
            #expect(!response.body.string.contains("$2"))
        }
    }

    @Test("deleting needs the password, removes the person and keeps an anonymous log")
    func delete() async throws {
        try await TestApp.run { ctx in
            let browser = try await ctx.registeredUser("bort@example.org")
            let id = try #require(try await ctx.user("bort@example.org")?.id)
            try await browser.get("/konto/radera")
            var response = try await browser.post("/konto/radera", ["password": "fel lösenord här"])
            #expect(response.status == .unprocessableEntity)
            #expect(try await ctx.user("bort@example.org") != nil)

            response = try await browser.post("/konto/radera", ["password": "korrekt häst batteri"])
            #expect(response.location == "/?notice=accountDeleted")
            #expect(try await ctx.user("bort@example.org") == nil)
            let entries = try await AuditEntry.query(on: ctx.app.db).filter(\.$actorID == id).all()
            #expect(!entries.isEmpty)
            #expect(entries.allSatisfy { $0.actorLabel == "borttaget konto" })
            #expect(try await SessionRecord.query(on: ctx.app.db).filter(\.$user.$id == id).count() == 0)
            #expect(try await browser.get("/konto").status == .seeOther)
        }
    }

    @Test("the only administrator cannot delete their account")
    func lastAdmin() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            try await browser.signIn("admin@demo.samverka.example")
            try await browser.get("/konto/radera")
            let response = try await browser.post("/konto/radera", ["password": DemoAccounts.password])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("minst en administratör"))
        }
    }
}
