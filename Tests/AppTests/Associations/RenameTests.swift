@testable import App
import Testing
import Vapor
import Fluent
import Domain

/// Issue 14, item 3 (ASVS V4 business logic): a verified association's new name or organisation
/// number waits for staff; until then the approved one is what everyone sees and finds.
@Suite("Associations: a verified association's new name waits for staff")
struct RenameTests {
    static func form(_ name: String, orgNumber: String = "802002-4280", description: String = "Vi spelar musik.") -> [String: String] {
        ["name": name, "orgNumber": orgNumber, "description": description, "legalForm": "nonProfitAssociation", "categories[0]": "culture"]
    }

    static func publicName(_ ctx: TestApp.Context, _ association: Association) async throws -> (page: String, search: String, api: String) {
        let page = try await ctx.browser().get("/foreningar/\(association.slug)").body.string
        let search = try await ctx.browser().get("/foreningar?q=spelmän").body.string
        let api = try await ctx.browser().get("/api/v1/associations?q=spelmän").body.string
        return (page, search, api)
    }

    @Test("a representative's new name waits: public page, search and API keep the approved name; staff approve → new name public and searchable")
    func renameApproved() async throws {
        try await TestApp.run { ctx in
            // setup
            let association = try await ctx.association("Glada spelmän", orgNumber: "802002-4280", representative: Demo.member)
            let representative = try await ctx.signedIn(Demo.member)
            let edit = "/foreningar/\(association.slug)/andra"
            // act: rename, and change the description, which applies at once
            var response = try await representative.submit(edit, Self.form("Sorgsna spelmän", description: "Vi spelar sorgsen musik."))
            #expect(response.location == "\(edit)?notice=saved")
            // check: everyone still sees and finds the approved name; the description is new
            var seen = try await Self.publicName(ctx, association)
            #expect(seen.page.contains("Glada spelmän") && !seen.page.contains("Sorgsna spelmän"))
            #expect(seen.page.contains("Vi spelar sorgsen musik."))
            #expect(seen.search.contains("Glada spelmän") && !seen.search.contains("Sorgsna"))
            #expect(seen.api.contains("Glada spelmän") && !seen.api.contains("Sorgsna"))
            #expect(!(try await ctx.browser().get("/foreningar?q=sorgsna").body.string.contains("Glada spelmän")))
            // the representative sees the waiting name, on the form and on the page
            response = try await representative.get(edit)
            #expect(response.body.string.contains("Namnbytet väntar på granskning"))
            #expect(response.body.string.contains("value=\"Sorgsna spelmän\""))
            #expect(try await representative.get("/foreningar/\(association.slug)").body.string.contains("Namnbytet väntar på granskning"))
            // saving other facts again keeps the proposal
            try await representative.submit(edit, Self.form("Sorgsna spelmän", description: "Vi spelar sorgsen musik igen."))
            #expect(try await Association.find(association.id, on: ctx.app.db)?.pendingName == "Sorgsna spelmän")

            // act: staff find it in their queue and approve
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.get("/handlaggning/foreningar").body.string.contains("Sorgsna spelmän"))
            let review = "/handlaggning/foreningar/\(association.slug)"
            response = try await staff.submit(review, to: review + "/namnbyte", ["renameDecision": "approve"])
            #expect(response.status == .seeOther)
            // check: the new name is public and searchable, the old one is gone, and it is audited
            seen = try await Self.publicName(ctx, association)
            #expect(seen.page.contains("Sorgsna spelmän") && !seen.page.contains("Glada spelmän"))
            #expect(seen.search.contains("Sorgsna spelmän") && seen.api.contains("Sorgsna spelmän"))
            #expect(!(try await ctx.browser().get("/foreningar?q=glada").body.string.contains("Sorgsna spelmän")))
            let row = try #require(try await Association.find(association.id, on: ctx.app.db))
            #expect(row.pendingName == nil && row.sortKey == AssociationName.sortKey("Sorgsna spelmän"))
            #expect(try await AuditEntry.query(on: ctx.app.db).filter(\.$action == "association.rename.approve").count() == 1)
            #expect(!(try await representative.get(edit).body.string.contains("Namnbytet väntar")))
            #expect(try await ctx.mails(to: Demo.member).contains { $0.subject == "Det nya namnet Sorgsna spelmän är godkänt" })
        }
    }

    @Test("staff reject with a reason: the approved name stays, the representative reads why")
    func renameRejected() async throws {
        try await TestApp.run { ctx in
            // setup
            let association = try await ctx.association("Glada spelmän", orgNumber: "802002-4280", representative: Demo.member)
            let representative = try await ctx.signedIn(Demo.member)
            let edit = "/foreningar/\(association.slug)/andra"
            try await representative.submit(edit, Self.form("Kommunens officiella spelmän"))
            let staff = try await ctx.signedIn(Demo.staff)
            let review = "/handlaggning/foreningar/\(association.slug)"
            // act: a rejection without a reason is refused, then one with a reason
            var response = try await staff.submit(review, to: review + "/namnbyte", ["renameDecision": "reject", "renameReason": " "])
            #expect(response.status == .unprocessableEntity)
            #expect(try await Association.find(association.id, on: ctx.app.db)?.pendingName == "Kommunens officiella spelmän")
            response = try await staff.post(review + "/namnbyte", ["renameDecision": "reject", "renameReason": "Namnet låter som kommunen."])
            #expect(response.status == .seeOther)
            // check
            let seen = try await Self.publicName(ctx, association)
            #expect(seen.page.contains("Glada spelmän") && seen.search.contains("Glada spelmän"))
            #expect(!seen.page.contains("officiella"))
            let row = try #require(try await Association.find(association.id, on: ctx.app.db))
            #expect(row.name == "Glada spelmän" && row.pendingName == nil)
            let page = try await representative.get(edit).body.string
            #expect(page.contains("Kommunen godkände inte det nya namnet") && page.contains("Namnet låter som kommunen."))
            #expect(page.contains("value=\"Glada spelmän\""))
            let mail = try #require(try await ctx.mails(to: Demo.member).last)
            #expect(mail.subject == "Namnbytet till Kommunens officiella spelmän godkändes inte" && mail.body.contains("Namnet låter som kommunen."))
            // a second decision finds nothing waiting
            response = try await staff.submit(review, to: review + "/namnbyte", ["renameDecision": "approve"])
            #expect(response.status == .conflict)
            #expect(response.body.string.contains("Inget namnbyte väntar längre"))
        }
    }

    @Test("a new organisation number waits for staff like a name")
    func orgNumberChange() async throws {
        try await TestApp.run { ctx in
            // setup
            let association = try await ctx.association("Glada spelmän", orgNumber: "802002-4280", representative: Demo.member)
            let representative = try await ctx.signedIn(Demo.member)
            // act
            try await representative.submit("/foreningar/\(association.slug)/andra", Self.form("Glada spelmän", orgNumber: "556036-0793"))
            // check: the approved number stays public until staff approve
            var row = try #require(try await Association.find(association.id, on: ctx.app.db))
            #expect(row.orgNumber == "802002-4280" && row.pendingOrgNumber == "556036-0793")
            #expect(try await ctx.browser().get("/foreningar/\(association.slug)").body.string.contains("802002-4280"))
            let staff = try await ctx.signedIn(Demo.staff)
            let review = "/handlaggning/foreningar/\(association.slug)"
            let response = try await staff.submit(review, to: review + "/namnbyte", ["renameDecision": "approve"])
            #expect(response.status == .seeOther)
            row = try #require(try await Association.find(association.id, on: ctx.app.db))
            #expect(row.orgNumber == "556036-0793" && row.pendingOrgNumber == nil)
            #expect(try await ctx.browser().get("/foreningar/\(association.slug)").body.string.contains("556036-0793"))
        }
    }

    @Test("an association that waits for its first review is changed at once, name and all")
    func unverifiedAppliesAtOnce() async throws {
        try await TestApp.run { ctx in
            let association = try await ctx.association("Glada spelmän", status: .pending, orgNumber: "802002-4280", representative: Demo.member)
            let representative = try await ctx.signedIn(Demo.member)
            try await representative.submit("/foreningar/\(association.slug)/andra", Self.form("Sorgsna spelmän", orgNumber: "556036-0793"))
            let row = try #require(try await Association.find(association.id, on: ctx.app.db))
            #expect(row.name == "Sorgsna spelmän" && row.orgNumber == "556036-0793" && row.pendingName == nil)
        }
    }

    @Test("only staff decide on a new name: a representative and another member are refused, nothing changes")
    func onlyStaffDecide() async throws {
        try await TestApp.run { ctx in
            // setup
            let association = try await ctx.association("Glada spelmän", orgNumber: "802002-4280", representative: Demo.member)
            let representative = try await ctx.signedIn(Demo.member)
            try await representative.submit("/foreningar/\(association.slug)/andra", Self.form("Sorgsna spelmän"))
            let path = "/handlaggning/foreningar/\(association.slug)/namnbyte"
            // act + check: the representative cannot approve their own name
            try await representative.get("/konto")
            #expect(try await representative.post(path, ["renameDecision": "approve"]).status == .forbidden)
            let other = try await ctx.registeredUser("annan.medlem@example.org")
            try await other.get("/konto")
            #expect(try await other.post(path, ["renameDecision": "approve"]).status == .forbidden)
            let row = try #require(try await Association.find(association.id, on: ctx.app.db))
            #expect(row.name == "Glada spelmän" && row.pendingName == "Sorgsna spelmän")
        }
    }
}
