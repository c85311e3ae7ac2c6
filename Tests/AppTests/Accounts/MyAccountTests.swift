@testable import App
@testable import Demo
import Testing
import Vapor
import Fluent

@Suite("A person's own account: password, sessions, export and deletion")
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

    @Test("changing the password needs the current one, ends the other sessions, keeps this one and mails the person")
    func changePassword() async throws {
        try await TestApp.run { ctx in
            // setup: signed in here and on another device
            let elsewhere = try await ctx.signedIn(Demo.member)
            let browser = try await ctx.signedIn(Demo.member)
            // a wrong current password changes nothing
            try await browser.get("/konto/losenord")
            var response = try await browser.post("/konto/losenord", ["currentPassword": "inte rätt lösenord", "password": "ett helt nytt lösenord"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Lösenordet stämmer inte."))
            #expect(try await elsewhere.get("/konto").status == .ok)
            // act
            response = try await browser.post("/konto/losenord", ["currentPassword": DemoAccounts.password, "password": "ett helt nytt lösenord"])
            // check
            #expect(response.location == "/konto?notice=passwordChangedHere")
            #expect(try await browser.get("/konto").status == .ok)
            #expect(try await elsewhere.get("/konto").status == .seeOther)
            #expect(try await ctx.mails(to: Demo.member).last?.subject == "Ditt lösenord är bytt")
            #expect(try await ctx.audits("user.passwordChange").count == 1)
            try await ctx.browser().signIn(Demo.member, password: "ett helt nytt lösenord")
            let old = try await ctx.browser().submit("/konto/logga-in", ["email": Demo.member, "password": DemoAccounts.password])
            #expect(old.status == .unprocessableEntity)
        }
    }

    @Test("a new password must follow the rules and differ from the current one")
    func changePasswordRules() async throws {
        try await TestApp.run { ctx in
            let browser = try await ctx.signedIn(Demo.member)
            let before = try await ctx.user(Demo.member)?.passwordHash
            for (new, message) in [("kort", "minst 12 tecken"), (DemoAccounts.password, "samma som det nuvarande"), ("password1234", "för vanligt")] {
                try await browser.get("/konto/losenord")
                let response = try await browser.post("/konto/losenord", ["currentPassword": DemoAccounts.password, "password": new])
                #expect(response.status == .unprocessableEntity)
                #expect(response.body.string.contains(message))
            }
            #expect(try await ctx.user(Demo.member)?.passwordHash == before)
        }
    }

    @Test("signing out everywhere ends every other session and keeps this one")
    func signOutEverywhere() async throws {
        try await TestApp.run { ctx in
            let phone = try await ctx.signedIn(Demo.member)
            let laptop = try await ctx.signedIn(Demo.member)
            let other = try await ctx.signedIn(Demo.staff)
            let browser = try await ctx.signedIn(Demo.member)
            try await browser.get("/konto")
            #expect(browser.lastBody.contains("Logga ut på alla andra enheter"))
            let response = try await browser.post("/konto/logga-ut-overallt", [:])
            #expect(response.location == "/konto?notice=signedOutElsewhere")
            #expect(try await browser.get("/konto").status == .ok)
            #expect(try await phone.get("/konto").status == .seeOther)
            #expect(try await laptop.get("/konto").status == .seeOther)
            #expect(try await other.get("/konto").status == .ok)
            #expect(try await ctx.audits("user.signOutEverywhere").count == 1)
        }
    }
}
