@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("The association registry: registering, verifying, editing, archiving")
struct RegistryTests {
    static func form(_ name: String, orgNumber: String = "", categories: [String] = ["culture"]) -> [String: String] {
        var fields = ["name": name, "orgNumber": orgNumber, "description": "Vi spelar musik.", "legalForm": "nonProfitAssociation"]
        for (index, category) in categories.enumerated() { fields["categories[\(index)]"] = category }
        return fields
    }

    @Test("a registered association waits for staff, is hidden until verified, then public and mailed about")
    func registerAndVerify() async throws {
        try await TestApp.run { ctx in
            // setup
            let representative = try await ctx.registeredUser("ny.foretradare@example.org")
            // act: register
            try await representative.get("/foreningar/ny")
            var response = try await representative.post("/foreningar/ny", Self.form("Glada Spelmän i Vivalla", orgNumber: "8020024280"))
            #expect(response.status == .seeOther)
            let association = try #require(try await Association.query(on: ctx.app.db).filter(\.$name == "Glada Spelmän i Vivalla").first())
            #expect(association.status == .pending)
            #expect(association.orgNumber == "802002-4280")
            // check: hidden from the public, shown to its representative with the status
            #expect(try await ctx.browser().get("/foreningar/\(association.slug)").status == .notFound)
            response = try await representative.get("/foreningar/\(association.slug)")
            #expect(response.body.string.contains("Väntar på att kommunen kontrollerar"))
            #expect(!(try await ctx.browser().get("/foreningar?q=spelmän").body.string.contains("Glada Spelmän")))

            // staff verify it
            let staff = try await ctx.signedIn(Demo.staff)
            response = try await staff.get("/handlaggning/foreningar")
            #expect(response.body.string.contains("Glada Spelmän i Vivalla"))
            try await staff.get("/handlaggning/foreningar/\(association.slug)")
            response = try await staff.post("/handlaggning/foreningar/\(association.slug)/beslut", ["decision": "verify"])
            #expect(response.status == .seeOther)
            #expect(try await Association.find(association.id, on: ctx.app.db)?.status == .verified)
            let mails = try await ctx.mails(to: "ny.foretradare@example.org")
            #expect(mails.contains { $0.subject == "Glada Spelmän i Vivalla är godkänd" })
            #expect(try await ctx.browser().get("/foreningar?q=spelmän").body.string.contains("Glada Spelmän i Vivalla"))
        }
    }

    @Test("asking for more and rejecting need a message, which reaches the representative")
    func askForMore() async throws {
        try await TestApp.run { ctx in
            let association = try await ctx.association("Otydliga föreningen", status: .pending, representative: Demo.member)
            let staff = try await ctx.signedIn(Demo.staff)
            let path = "/handlaggning/foreningar/\(association.slug)"
            try await staff.get(path)
            var response = try await staff.post(path + "/beslut", ["decision": "askForMore", "message": ""])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Skriv vad föreningen behöver göra"))
            response = try await staff.post(path + "/beslut", ["decision": "askForMore", "message": "Vilka är styrelsen?"])
            #expect(response.status == .seeOther)
            let mail = try #require(try await ctx.mails(to: Demo.member).last)
            #expect(mail.body.contains("Vilka är styrelsen?"))
            #expect(try await Association.find(association.id, on: ctx.app.db)?.status == .needsInformation)
        }
    }

    @Test("an organisation number says which part is wrong; two associations cannot share one", arguments: [
        ("8020024281", "Den sista siffran stämmer inte"), ("80200", "tio siffror"), ("8000024280", "tredje siffran"),
        ("80200a-4280", "bara innehålla siffror"), ("198002024280", "börjar med 16"), ("20802002-4280", "personnummer"),
    ])
    func orgNumbers(number: String, message: String) async throws {
        try await TestApp.run { ctx in
            let browser = try await ctx.signedIn(Demo.member)
            try await browser.get("/foreningar/ny")
            let before = try await ctx.app.count(Association.self)
            let response = try await browser.post("/foreningar/ny", Self.form("Fel nummer", orgNumber: number))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains(message))
            #expect(try await ctx.app.count(Association.self) == before)
        }
    }

    @Test("the number with the century 16 or spaces is kept as the ten digits, and is the same number", arguments: [
        "16802002-4280", "168020024280", "16 802002 4280", "802002 4280",
    ])
    func centuryNumber(number: String) async throws {
        try await TestApp.run { ctx in
            let browser = try await ctx.signedIn(Demo.member)
            try await browser.get("/foreningar/ny")
            let response = try await browser.post("/foreningar/ny", Self.form("Sekelföreningen", orgNumber: number))
            #expect(response.status == .seeOther)
            let association = try #require(try await Association.query(on: ctx.app.db).filter(\.$name == "Sekelföreningen").first())
            #expect(association.orgNumber == "802002-4280")
            try await browser.get("/foreningar/ny")
            let again = try await browser.post("/foreningar/ny", Self.form("Samma nummer igen", orgNumber: "8020024280"))
            #expect(again.status == .unprocessableEntity)
            #expect(again.body.string.contains("Be dess företrädare bjuda in dig"))
        }
    }

    @Test("a second association with the same number is refused with a way forward")
    func duplicateNumber() async throws {
        try await TestApp.run { ctx in
            try await ctx.association("Första föreningen", orgNumber: "802002-4280")
            let browser = try await ctx.signedIn(Demo.member)
            try await browser.get("/foreningar/ny")
            let response = try await browser.post("/foreningar/ny", Self.form("Andra föreningen", orgNumber: "802002-4280"))
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Be dess företrädare bjuda in dig"))
            #expect(try await Association.query(on: ctx.app.db).filter(\.$name == "Andra föreningen").count() == 0)
        }
    }

    @Test("a likely duplicate by name is shown to the staff")
    func duplicateName() async throws {
        try await TestApp.run { ctx in
            try await ctx.association("IFK Exempelby")
            let copy = try await ctx.association("IFK  exempelby.", status: .pending)
            let staff = try await ctx.signedIn(Demo.staff)
            let response = try await staff.get("/handlaggning/foreningar/\(copy.slug)")
            #expect(response.body.string.contains("Det finns redan föreningar med liknande namn"))
        }
    }

    @Test("one association's representative cannot touch another's")
    func representativePermissions() async throws {
        try await TestApp.run { ctx in
            let mine = try await ctx.association("Min förening", representative: Demo.member)
            let theirs = try await ctx.association("Deras förening")
            let browser = try await ctx.signedIn(Demo.member)
            #expect(try await browser.get("/foreningar/\(mine.slug)/andra").status == .ok)
            for path in ["/foreningar/\(theirs.slug)/andra", "/foreningar/\(theirs.slug)/representanter", "/foreningar/\(theirs.slug)/anslut"] {
                #expect(try await browser.get(path).status == .forbidden, "\(path)")
            }
            try await browser.get("/konto")
            for path in ["/foreningar/\(theirs.slug)/andra", "/foreningar/\(theirs.slug)/arkivera", "/foreningar/\(theirs.slug)/representanter/bjud-in",
                         "/foreningar/\(theirs.slug)/anslut"] {
                let response = try await browser.post(path, ["name": "Kapad", "email": "x@example.org", "decidedOn": "2024-01-01", "confirm": "on"])
                #expect(response.status == .forbidden, "\(path)")
            }
            let unchanged = try #require(try await Association.find(theirs.id, on: ctx.app.db))
            #expect(unchanged.name == "Deras förening" && unchanged.status == .verified && unchanged.joinedSince == nil)
            // an admin may correct any association
            let admin = try await ctx.signedIn(Demo.admin)
            #expect(try await admin.get("/foreningar/\(theirs.slug)/andra").status == .ok)
        }
    }

    @Test("editing saves the facts and tags, audited; archiving takes it off the public list without deleting")
    func editAndArchive() async throws {
        try await TestApp.run { ctx in
            let association = try await ctx.association("Musikföreningen Ton", representative: Demo.member)
            let browser = try await ctx.signedIn(Demo.member)
            let path = "/foreningar/\(association.slug)/andra"
            try await browser.get(path)
            var fields = Self.form("Musikföreningen Ton", categories: ["culture", "youth"])
            fields["competences"] = "Körsång, NPF"
            fields["easyRead"] = "Vi sjunger ihop. Alla får vara med."
            var response = try await browser.post(path, fields)
            #expect(response.location == "\(path)?notice=saved")
            response = try await browser.get(response.location!)
            #expect(response.body.string.contains("LIX"))
            #expect(try await ctx.browser().get("/foreningar?competence=npf").body.string.contains("Musikföreningen Ton"))
            #expect(try await ctx.browser().get("/foreningar?category=youth").body.string.contains("Musikföreningen Ton"))
            #expect(try await AuditEntry.query(on: ctx.app.db).filter(\.$action == "association.update").count() == 1)

            response = try await browser.post("/foreningar/\(association.slug)/arkivera", [:])
            #expect(response.status == .seeOther)
            #expect(try await Association.find(association.id, on: ctx.app.db)?.status == .archived)
            #expect(!(try await ctx.browser().get("/foreningar").body.string.contains("Musikföreningen Ton")))
            #expect(try await ctx.browser().get("/foreningar/\(association.slug)").status == .notFound)
        }
    }
}
