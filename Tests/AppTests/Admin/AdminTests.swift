@testable import App
import Testing
import Vapor
import Fluent

@Suite("Administration: users, departments, districts, logs")
struct AdminTests {
    static let admin = "admin@demo.samverka.example"

    func adminBrowser(_ ctx: TestApp.Context) async throws -> TestBrowser {
        let browser = ctx.browser()
        try await browser.signIn(Self.admin)
        return browser
    }

    @Test("an admin makes a member staff in a department; the change is audited before → after")
    func changeRole() async throws {
        try await TestApp.run { ctx in
            let browser = try await adminBrowser(ctx)
            let member = try #require(try await ctx.user("forening@demo.samverka.example"))
            let department = try #require(try await Department.query(on: ctx.app.db).filter(\.$slug == "socialforvaltningen").first())
            let path = "/admin/anvandare/\(member.id!.uuidString.lowercased())"
            try await browser.get(path)
            let response = try await browser.post(path, ["role": "staff", "departmentID": department.id!.uuidString.lowercased(), "entryPointHandler": "on"])
            #expect(response.status == .seeOther)
            let updated = try #require(try await ctx.user("forening@demo.samverka.example"))
            #expect(updated.role == .staff)
            #expect(updated.$department.id == department.id)
            #expect(updated.isEntryPointHandler)
            let entry = try #require(try await AuditEntry.query(on: ctx.app.db).filter(\.$action == "user.roles").first())
            #expect(entry.summary.hasPrefix("member → staff"))
            #expect(entry.actorLabel.contains(Self.admin))
        }
    }

    @Test("staff without a department, and demoting the last admin, are refused with messages")
    func roleRules() async throws {
        try await TestApp.run { ctx in
            let browser = try await adminBrowser(ctx)
            let member = try #require(try await ctx.user("forening@demo.samverka.example"))
            var path = "/admin/anvandare/\(member.id!.uuidString.lowercased())"
            try await browser.get(path)
            var response = try await browser.post(path, ["role": "staff", "departmentID": ""])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("måste höra till en förvaltning"))
            #expect(try await ctx.user("forening@demo.samverka.example")?.role == .member)

            let admin = try #require(try await ctx.user(Self.admin))
            path = "/admin/anvandare/\(admin.id!.uuidString.lowercased())"
            try await browser.get(path)
            response = try await browser.post(path, ["role": "member", "departmentID": ""])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("minst en administratör"))
        }
    }

    @Test("the users list is searchable by the start of the address or any word of a name, and paginated")
    func userSearch() async throws {
        try await TestApp.run { ctx in
            let browser = try await adminBrowser(ctx)
            let response = try await browser.get("/admin/anvandare?q=handlaggare")
            #expect(response.body.string.contains("handlaggare.kultur@demo.samverka.example"))
            #expect(!response.body.string.contains("radsledamot@demo.samverka.example"))
            // Any word of a name, not only its start (issue 21).
            let word = try await browser.get("/admin/anvandare?q=socialf%C3%B6rvaltningen")
            #expect(word.body.string.contains("kontaktperson.social@demo.samverka.example"))
            #expect(!word.body.string.contains("handlaggare.kultur@demo.samverka.example"))
        }
    }

    @Test("editing an entry point saves, shows the easy-to-read text's LIX, and keeps one coordinator")
    func editDepartment() async throws {
        try await TestApp.run { ctx in
            let browser = try await adminBrowser(ctx)
            let department = try #require(try await Department.query(on: ctx.app.db).filter(\.$slug == "miljoforvaltningen").first())
            let path = "/admin/forvaltningar/\(department.id!.uuidString.lowercased())"
            try await browser.get(path)
            var fields = department.formValues
            fields["phone"] = "019-21 00 00"
            fields["easyRead"] = "Vi ser till att luften är ren. Ring oss om du undrar något."
            fields["coordinator"] = "on"
            var response = try await browser.post(path, fields)
            #expect(response.location == "\(path)?notice=saved")
            response = try await browser.get(response.location!)
            #expect(response.body.string.contains("LIX"))
            #expect(response.body.string.contains("mycket lättläst"))
            let coordinators = try await Department.query(on: ctx.app.db).filter(\.$isCoordinator == true).all()
            #expect(coordinators.map(\.slug) == ["miljoforvaltningen"])
            #expect(try await Department.find(department.id, on: ctx.app.db)?.phone == "019-21 00 00")

            fields["email"] = "inte en adress"
            response = try await browser.post(path, fields)
            #expect(response.status == .unprocessableEntity)
            #expect(try await Department.find(department.id, on: ctx.app.db)?.email == department.email)
        }
    }

    @Test("a new district gets a slug and appears in the API")
    func addDistrict() async throws {
        try await TestApp.run { ctx in
            let browser = try await adminBrowser(ctx)
            try await browser.get("/admin/stadsdelar/ny")
            let response = try await browser.post("/admin/stadsdelar/ny", ["name": "Norrby Ängar", "kind": "district"])
            #expect(response.status == .seeOther)
            let district = try #require(try await District.query(on: ctx.app.db).filter(\.$name == "Norrby Ängar").first())
            #expect(district.slug == "norrby-angar")
            #expect(try await ctx.browser().get("/api/v1/districts").body.string.contains("Norrby Ängar"))
        }
    }

    @Test("the audit log filters by action and the mail log by status")
    func logs() async throws {
        try await TestApp.run { ctx in
            let browser = try await adminBrowser(ctx)
            var response = try await browser.get("/admin/logg?action=user.login")
            #expect(response.body.string.contains("user.login"))
            #expect(!response.body.string.contains("municipality.seed"))
            try await ctx.browser().submit("/konto/glomt-losenord", ["email": "forening@demo.samverka.example"])
            response = try await browser.get("/admin/e-post?status=pending")
            #expect(response.body.string.contains("Välj ett nytt lösenord"))
            response = try await browser.get("/admin/e-post?status=sent")
            #expect(!response.body.string.contains("Välj ett nytt lösenord"))
        }
    }
}
