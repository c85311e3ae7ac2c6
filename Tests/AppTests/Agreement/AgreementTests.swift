@testable import App
@testable import Demo
import Testing
import Vapor
import Fluent
import Domain
import Views

@Suite("The agreement pages and the ledger of who has joined")
struct AgreementTests {
    @Test("every agreement page has an easy-to-read version with LIX ≤ 30 in the demo")
    func easyReadTexts() async throws {
        for text in try AgreementTextSeed.builtIn() {
            let lix = try #require(Lix(text: RichText.plain(text.easyReadSv)).value)
            #expect(lix <= 30, "\(text.slug): LIX \(lix)")
            #expect(!text.bodyEn.isEmpty && !text.titleEn.isEmpty)
        }
        #expect(try AgreementTextSeed.builtIn().map(\.slug) == ["syfte", "principer", "ataganden", "ga-med", "vem-bestammer", "vad-far-vi", "fragor", "ordlista"])
    }

    @Test("the pages are readable in Swedish, easy-to-read Swedish and English")
    func pages() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            var response = try await browser.get("/overenskommelsen")
            #expect(response.body.string.contains("Självständighet och oberoende"))
            response = try await browser.get("/overenskommelsen/ordlista")
            #expect(response.body.string.contains("<h2>IOP</h2>"))
            response = try await browser.get("/overenskommelsen/ordlista/lattlast")
            #expect(response.body.string.contains("Lättläst svenska"))
            try await browser.get("/lang/en?return=/")
            response = try await browser.get("/overenskommelsen/ordlista")
            #expect(response.body.string.contains("Glossary"))
            #expect(try await browser.get("/overenskommelsen/finns-inte").status == .notFound)
        }
    }

    @Test("an admin edits a page and sees the LIX of both versions")
    func editText() async throws {
        try await TestApp.run { ctx in
            let admin = try await ctx.signedIn(Demo.admin)
            try await admin.get("/admin/overenskommelsen/syfte")
            let response = try await admin.post("/admin/overenskommelsen/syfte", [
                "titleSv": "Varför?", "bodySv": "## Syfte\nVi samarbetar.", "easyReadSv": "Vi gör saker ihop.", "titleEn": "Why?", "bodyEn": "We cooperate.",
                "published": "on",
            ])
            #expect(response.status == .seeOther)
            let page = try await admin.get(response.location!)
            #expect(page.body.string.contains("LIX"))
            #expect(try await ctx.browser().get("/overenskommelsen/syfte").body.string.contains("Vi samarbetar."))
        }
    }

    @Test("an unpublished text is gone for the public and marked as a draft for the admin; fill-in places block publishing")
    func unpublish() async throws {
        try await TestApp.run { ctx in
            let admin = try await ctx.signedIn(Demo.admin)
            let text = try #require(try await AgreementText.query(on: ctx.app.db).filter(\.$slug == "fragor").first())
            var fields = ["titleSv": text.titleSv, "bodySv": text.bodySv, "easyReadSv": text.easyReadSv, "titleEn": text.titleEn, "bodyEn": text.bodyEn]
            try await admin.get("/admin/overenskommelsen/fragor")
            #expect(try await admin.post("/admin/overenskommelsen/fragor", fields).status == .seeOther)

            let visitor = ctx.browser()
            #expect(try await visitor.get("/overenskommelsen/fragor").status == .notFound)
            #expect(try await visitor.get("/overenskommelsen/fragor/lattlast").status == .notFound)
            #expect(!(try await visitor.get("/overenskommelsen").body.string.contains("/overenskommelsen/fragor")))
            #expect(try await admin.get("/overenskommelsen/fragor").body.string.contains("Texten är inte antagen och syns inte för allmänheten."))
            #expect(try await admin.get("/admin/overenskommelsen").body.string.contains("Vanliga frågor</a> – <span class=\"status\">Utkast</span>"))

            // setup: a fill-in place left in the English text
            fields["bodyEn"] = text.bodyEn + "\n\n[Write more here]"
            fields["published"] = "on"
            try await admin.get("/admin/overenskommelsen/fragor")
            let response = try await admin.post("/admin/overenskommelsen/fragor", fields)
            // check: refused with the place named, and still a draft
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Fyll i eller ta bort [Write more here] innan texten publiceras."))
            #expect(try await AgreementText.find(text.id, on: ctx.app.db)?.publishedAt == nil)
        }
    }

    @Test("a representative joins for the association, then withdraws; the history and the ledger show it")
    func joinAndWithdraw() async throws {
        try await TestApp.run { ctx in
            let association = try await ctx.association("Anslutande föreningen", orgNumber: "802002-4280", representative: Demo.member)
            let member = try await ctx.signedIn(Demo.member)
            let join = "/foreningar/\(association.slug)/anslut"
            try await member.get(join)
            var response = try await member.post(join, ["decidedOn": "2026-11-01", "signatoryRole": ""])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Kryssa i rutan"))
            response = try await member.post(join, ["decidedOn": "2099-01-01", "signatoryRole": "Ordförande", "confirm": "on"])
            #expect(response.status == .unprocessableEntity)
            response = try await member.post(join, ["decidedOn": "2026-11-01", "signatoryRole": "Ordförande", "confirm": "on"])
            #expect(response.location == "/foreningar/\(association.slug)?notice=joined")
            #expect(try await ctx.browser().get("/overenskommelsen/anslutna").body.string.contains("Anslutande föreningen"))
            var eligibility = try #require(try await ctx.json("/api/v1/eligibility/8020024280").body as? [String: Any])
            #expect(eligibility["joined"] as? Bool == true)
            #expect(eligibility["joinedSince"] as? String == "2026-11-01")

            // joining twice (from an old tab) is refused
            try await member.get("/foreningar/\(association.slug)")
            response = try await member.post(join, ["decidedOn": "2026-11-02", "signatoryRole": "Ordförande", "confirm": "on"])
            #expect(response.status == .conflict)

            try await member.get(join)
            response = try await member.post("/foreningar/\(association.slug)/lamna-overenskommelsen", ["decidedOn": "2026-11-10", "confirm": "on"])
            #expect(response.status == .seeOther)
            let page = try await ctx.browser().get("/foreningar/\(association.slug)").body.string
            #expect(page.contains("anslöt sig"))
            #expect(page.contains("lämnade överenskommelsen"))
            #expect(!(try await ctx.browser().get("/overenskommelsen/anslutna").body.string.contains("Anslutande föreningen")))
            eligibility = try #require(try await ctx.json("/api/v1/eligibility/802002-4280").body as? [String: Any])
            #expect(eligibility["known"] as? Bool == true)
            #expect(eligibility["joined"] as? Bool == false)
            #expect(try await Endorsement.query(on: ctx.app.db).filter(\.$association.$id == association.id!).count() == 2)
        }
    }

    @Test("an admin records a department's decision; the ledger lists departments and associations")
    func departmentJoins() async throws {
        try await TestApp.run { ctx in
            let department = try #require(try await Department.query(on: ctx.app.db).filter(\.$slug == "miljoforvaltningen").first())
            #expect(department.joinedSince == nil)
            let admin = try await ctx.signedIn(Demo.admin)
            let path = "/admin/forvaltningar/\(department.id!.uuidString.lowercased())"
            try await admin.get(path)
            var response = try await admin.post(path + "/anslutning", ["kind": "joined", "decidedOn": "2025-05-20", "decisionReference": ""])
            #expect(response.status == .unprocessableEntity)
            response = try await admin.post(path + "/anslutning", ["kind": "joined", "decidedOn": "2025-05-20", "decisionReference": "MN 2025/3 § 12"])
            #expect(response.status == .seeOther)
            let ledger = try await ctx.browser().get("/overenskommelsen/anslutna").body.string
            #expect(ledger.contains("Miljöförvaltningen"))
            #expect(ledger.contains("Kultur- och fritidsförvaltningen"))
            #expect(ledger.contains("20 maj 2025"))
        }
    }
}
