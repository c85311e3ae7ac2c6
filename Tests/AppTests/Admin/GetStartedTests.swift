@testable import App
import Testing
import Vapor
import Fluent
import Domain

/// The admin's get-started page on a new installation: what is left, ticked as it gets done.
@Suite("Get started: the checklist before going live, and the test mail")
struct GetStartedTests {
    static let smtp = "smtp://127.0.0.1:2525"

    func checklistStates(_ ctx: TestApp.Context) async throws -> [GoLiveChecklist.Item: GoLiveChecklist.State] {
        let checklist = try await GoLiveFacts.gather(ctx.app, on: ctx.app.db)
        return Dictionary(uniqueKeysWithValues: GoLiveChecklist.Item.allCases.map { ($0, checklist.state($0)) })
    }

    @Test("a new installation starts with almost everything to do, and the dashboard leads to the list")
    func fresh() async throws {
        try await TestApp.run(municipalityFile: TestApp.secondMunicipality) { ctx in
            let admin = try await ctx.firstAdmin()
            #expect(try await admin.get("/admin").body.string.contains("href=\"/admin/kom-igang\""))
            let page = try await admin.get("/admin/kom-igang")
            #expect(page.status == .ok)
            let html = page.body.string
            #expect(html.contains("0 av 8 texter är publicerade"))
            #expect(html.contains("15 ämnen har ingen förvaltning")) // all but "I don't know", which always goes to the coordinator
            #expect(html.contains("Ingen personal finns för: Barn- och utbildningsförvaltningen"))
            #expect(!html.contains("Ingen personal finns för: Kommunledningsförvaltningen")) // the first admin is placed there
            #expect(html.contains("Adressen är http://samverka.test."))
            #expect(!html.contains("action=\"/admin/kom-igang/testmejl\""))
            let states = try await checklistStates(ctx)
            #expect(states[.entryPoints] == .done) // the example file fills in every entry point
            let todo: [GoLiveChecklist.Item] = [.agreementTexts, .inquiryTopics, .staff, .register, .mailConfigured, .mailTested, .https]
            for item in todo { #expect(states[item] == .todo, "\(item)") }
            #expect(states[.backups] == (TestApp.postgresURL == nil ? .todo : .manual))
        }
    }

    @Test("each item is ticked when it is done")
    func tickedWhenDone() async throws {
        try await TestApp.run(baseURL: "https://samverka.sjobacka.example", municipalityFile: TestApp.secondMunicipality, smtpURL: Self.smtp) { ctx in
            let admin = try await ctx.firstAdmin()
            // an entry point left empty is named
            let department = try #require(try await Department.query(on: ctx.app.db).filter(\.$slug == "socialforvaltningen").first())
            department.openingHours = ""
            try await department.update(on: ctx.app.db)
            #expect(try await admin.get("/admin/kom-igang").body.string.contains("saknas för: Socialförvaltningen."))
            department.openingHours = "Måndag–fredag 08.00–16.00"
            try await department.update(on: ctx.app.db)

            // act: the admin does what the list asks
            let departments = try await Department.query(on: ctx.app.db).all()
            try await admin.get("/admin/amnen")
            let table = Dictionary(uniqueKeysWithValues: GoLiveChecklist.routedTopics.map { ($0.rawValue, departments[0].id!.uuidString) })
            #expect(try await admin.post("/admin/amnen", table).status == .seeOther)
            try await ctx.app.change(label: "test") { change in
                for (index, department) in departments.enumerated() {
                    try await User(email: "personal\(index)@sjobacka.example", displayName: "Personal", passwordHash: "x", role: .staff,
                                   departmentID: department.id).create(on: change.db)
                }
                try await AgreementText.query(on: change.db).set(\.$publishedAt, to: change.now).update()
                try await change.audit("test", "test", "test")
            }
            try await ctx.association("Sjöbacka IF")
            try await BackupCommand.record("/tmp/backup.sqlite", ctx.app)
            var states = try await checklistStates(ctx)
            #expect(states.filter { $0.value == .todo }.map(\.key) == [.mailTested])

            // act: the test mail is sent and delivered
            try await admin.get("/admin/kom-igang")
            #expect(try await admin.post("/admin/kom-igang/testmejl", [:]).location == "/admin/kom-igang?notice=testMailQueued")
            #expect(try await GoLiveFacts.testMail(on: ctx.app.db) == .waiting)
            _ = try await ctx.app.deliverMail()
            states = try await checklistStates(ctx)
            #expect(states.values.allSatisfy { $0 == .done || $0 == .manual })
            #expect(try await admin.get("/admin/kom-igang").body.string.contains("Allt är klart."))

            // a backup that stops running unticks the item two days later
            ctx.clock.advance(by: GoLiveChecklist.backupFreshness + 60)
            #expect(try await checklistStates(ctx)[.backups] == (TestApp.postgresURL == nil ? .todo : .manual))
        }
    }

    @Test("the test mail goes to the admin's own address through the outbox, audited; a fourth within the hour is refused")
    func testMail() async throws {
        try await TestApp.run(municipalityFile: TestApp.secondMunicipality, smtpURL: Self.smtp) { ctx in
            let admin = try await ctx.firstAdmin()
            for _ in 1...3 {
                try await admin.get("/admin/kom-igang")
                #expect(try await admin.post("/admin/kom-igang/testmejl", [:]).status == .seeOther)
                ctx.clock.advance(by: 60)
            }
            let queued = try await OutboxMessage.query(on: ctx.app.db).all()
            #expect(queued.count == 3)
            #expect(queued.allSatisfy { $0.toAddress == "admin@sjobacka.example" && $0.subject == "Testmejl från Samverka" })
            let audit = try await AuditEntry.query(on: ctx.app.db).filter(\.$action == "mail.test").all()
            #expect(audit.count == 3)
            #expect(Set(audit.map(\.entityID)) == Set(queued.map { $0.id!.uuidString }))
            #expect(audit.allSatisfy { $0.actorLabel.contains("admin@sjobacka.example") })

            // act: a fourth press
            try await admin.get("/admin/kom-igang")
            let refused = try await admin.post("/admin/kom-igang/testmejl", [:])
            // check: refused with when it opens again, nothing queued or audited
            #expect(refused.status == .tooManyRequests)
            #expect(refused.body.string.contains("Du har skickat 3 testmejl den senaste timmen. Du kan skicka ett nytt klockan 09:00."))
            #expect(try await ctx.app.count(OutboxMessage.self) == 3)
            #expect(try await AuditEntry.query(on: ctx.app.db).filter(\.$action == "mail.test").count() == 3)

            // an hour after the first, one more may go
            ctx.clock.advance(by: 3600 - 180)
            try await admin.get("/admin/kom-igang")
            #expect(try await admin.post("/admin/kom-igang/testmejl", [:]).status == .seeOther)
            _ = try await ctx.app.deliverMail()
            #expect(ctx.mail.sent.count == 4)
            #expect(ctx.mail.sent.allSatisfy { $0.body.contains("Har det kommit fram fungerar e-posten.") })
        }
    }

    @Test("without a mail server the test mail is refused, since it would never leave the outbox")
    func testMailWithoutServer() async throws {
        try await TestApp.run(municipalityFile: TestApp.secondMunicipality) { ctx in
            let admin = try await ctx.firstAdmin()
            try await admin.get("/admin/kom-igang")
            let response = try await admin.post("/admin/kom-igang/testmejl", [:])
            #expect(response.status == .conflict)
            #expect(response.body.string.contains("E-posten är inte inkopplad"))
            #expect(try await ctx.app.count(OutboxMessage.self) == 0)
        }
    }
}
