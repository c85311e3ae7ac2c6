@testable import App
@testable import Demo
import Testing
import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// A new installation starts from drafts of the agreement texts, not a blank page; a draft is
/// the admin's to adapt and publish, and the public sees no draft as the municipality's text.
@Suite("Draft agreement texts for a new municipality")
struct AgreementDraftTests {
    static var config: MunicipalityConfig { get throws { try MunicipalityConfig.load(file: TestApp.secondMunicipality) } }

    @Test("the drafts cover every page in three versions, with nothing of Örebro and the file's own facts filled in")
    func draftContent() throws {
        let raw = try AgreementTextSeed.load("draft-texts", in: "Resources/Agreement")
        #expect(raw.map(\.slug) == (try AgreementTextSeed.builtIn().map(\.slug)))
        let drafts = try AgreementDrafts.texts(for: try Self.config)
        for text in raw + drafts {
            for field in [text.titleSv, text.bodySv, text.easyReadSv, text.titleEn, text.bodyEn] {
                #expect(!field.isEmpty, "\(text.slug) has an empty version")
                #expect(!field.lowercased().contains("örebro") && !field.lowercased().contains("orebro"), "\(text.slug) names Örebro")
            }
        }
        for text in drafts {
            let all = [text.titleSv, text.bodySv, text.easyReadSv, text.titleEn, text.bodyEn].joined(separator: "\n")
            #expect(!all.contains("{"), "\(text.slug) has a placeholder left: \(all.components(separatedBy: "{").dropFirst().first?.prefix(20) ?? "")")
            let lix = try #require(Lix(text: RichText.plain(text.easyReadSv)).value)
            #expect(lix <= 30, "\(text.slug): LIX \(lix) in the easy-to-read draft")
        }
        let purpose = try #require(drafts.first { $0.slug == "syfte" })
        #expect(purpose.bodySv.contains("mellan Sjöbacka kommun och det civila samhället"))
        #expect(purpose.bodyEn.contains("between Sjöbacka kommun and civil society"))
        let principles = try #require(drafts.first { $0.slug == "principer" })
        for principle in try Self.config.principles {
            #expect(principles.bodySv.contains("## \(principle.name)\n\(principle.summary)"))
            #expect(principles.bodyEn.contains("## \(principle.nameEn)\n\(principle.summaryEn)"))
        }
        #expect(principles.easyReadSv.contains("Vi har 6 regler."))
        #expect(try #require(drafts.first { $0.slug == "fragor" }).bodySv.contains("Kommunledningsförvaltningen. Skriv till samverkan@sjobacka.example"))
    }

    @Test("a new installation has every text as an unpublished draft; the public sees none of them, the admin sees them marked")
    func draftsHidden() async throws {
        try await TestApp.run(municipalityFile: TestApp.secondMunicipality) { ctx in
            let texts = try await AgreementText.query(on: ctx.app.db).all()
            #expect(texts.count == 8)
            #expect(texts.allSatisfy { $0.publishedAt == nil })
            let visitor = ctx.browser()
            let index = try await visitor.get("/overenskommelsen").body.string
            #expect(index.contains("Sjöbacka kommun och föreningslivet skriver texterna om överenskommelsen."))
            #expect(index.contains("Självständighet och oberoende")) // the principles come from the file, not from a draft
            #expect(try await visitor.get("/overenskommelsen/syfte").status == .notFound)
            #expect(try await visitor.get("/overenskommelsen/syfte/lattlast").status == .notFound)

            let admin = try await ctx.firstAdmin()
            let preview = try await admin.get("/overenskommelsen/syfte")
            #expect(preview.status == .ok)
            #expect(preview.body.string.contains("Texten är inte antagen och syns inte för allmänheten."))
            #expect(try await admin.get("/overenskommelsen").body.string.contains("8 texter är utkast"))
            let list = try await admin.get("/admin/overenskommelsen").body.string
            #expect(list.components(separatedBy: "<span class=\"status\">Utkast</span>").count - 1 == 8)
        }
    }

    @Test("a draft with fill-in places left cannot be published; filled in, it is published, audited and public")
    func publish() async throws {
        try await TestApp.run(municipalityFile: TestApp.secondMunicipality) { ctx in
            let admin = try await ctx.firstAdmin()
            let draft = try #require(try await AgreementText.query(on: ctx.app.db).filter(\.$slug == "syfte").first())
            var fields = ["titleSv": draft.titleSv, "bodySv": draft.bodySv, "easyReadSv": draft.easyReadSv, "titleEn": draft.titleEn,
                          "bodyEn": draft.bodyEn, "published": "on"]
            let edit = try await admin.get("/admin/overenskommelsen/syfte").body.string
            #expect(edit.contains("<li>[år då överenskommelsen antogs]</li>"))
            let audited = try await ctx.app.count(AuditEntry.self)

            // setup: the fill-in places are still there
            var response = try await admin.post("/admin/overenskommelsen/syfte", fields)
            // check: refused, with the place named next to each field that has one, and nothing stored
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("Fyll i eller ta bort [år då överenskommelsen antogs] innan texten publiceras."))
            #expect(response.body.string.contains("Fyll i eller ta bort [year the agreement was adopted]"))
            #expect(try await AgreementText.find(draft.id, on: ctx.app.db)?.publishedAt == nil)
            #expect(try await ctx.app.count(AuditEntry.self) == audited)

            // act: the admin fills them in
            fields["bodySv"] = draft.bodySv.replacingOccurrences(of: "[år då överenskommelsen antogs]", with: "2027")
            fields["easyReadSv"] = draft.easyReadSv.replacingOccurrences(of: "[år]", with: "2027")
            fields["bodyEn"] = draft.bodyEn.replacingOccurrences(of: "[year the agreement was adopted]", with: "2027")
            try await admin.get("/admin/overenskommelsen/syfte")
            response = try await admin.post("/admin/overenskommelsen/syfte", fields)
            #expect(response.status == .seeOther)
            let published = try #require(try await AgreementText.find(draft.id, on: ctx.app.db))
            #expect(published.publishedAt == TestApp.start)
            #expect(try await AuditEntry.query(on: ctx.app.db).filter(\.$action == "agreement.text.publish").filter(\.$entityID == "syfte").count() == 1)

            let visitor = ctx.browser()
            let page = try await visitor.get("/overenskommelsen/syfte")
            #expect(page.status == .ok)
            #expect(page.body.string.contains("Den antogs 2027."))
            #expect(!page.body.string.contains("inte antagen"))
            let index = try await visitor.get("/overenskommelsen").body.string
            #expect(index.contains("href=\"/overenskommelsen/syfte\""))
            #expect(index.contains("href=\"/overenskommelsen/syfte/lattlast\""))
            #expect(try await visitor.get("/overenskommelsen/syfte/lattlast").body.string.contains("Det kom 2027."))

            // act: unticking the box makes it a draft again
            try await admin.get("/admin/overenskommelsen/syfte")
            fields["published"] = nil
            #expect(try await admin.post("/admin/overenskommelsen/syfte", fields).status == .seeOther)
            #expect(try await visitor.get("/overenskommelsen/syfte").status == .notFound)
            #expect(try await AuditEntry.query(on: ctx.app.db).filter(\.$action == "agreement.text.unpublish").count() == 1)
        }
    }

    @Test("upgrading: texts that were public stay public, the old placeholder becomes a draft")
    func migration() async throws {
        try await TestApp.run(municipalityFile: TestApp.secondMunicipality) { ctx in
            // setup: one text as an earlier version seeded it, one the admin wrote
            let texts = try await AgreementText.query(on: ctx.app.db).sort(\.$position).all()
            texts[0].bodySv = UpdateAgreementTextsAddPublishedAt.oldPlaceholder
            texts[1].bodySv = "Vår egen text."
            for text in texts.prefix(2) { try await text.update(on: ctx.app.db) }
            // act: the column is taken away and added again, as on an upgrade (on one connection,
            // so SQLite's other connection cannot hold on to the old table layout)
            try await ctx.app.db.withConnection { db in
                try await UpdateAgreementTextsAddPublishedAt().revert(on: db)
                try await UpdateAgreementTextsAddPublishedAt().prepare(on: db)
            }
            // check
            let after = try await AgreementText.query(on: ctx.app.db).sort(\.$position).all()
            #expect(after[0].publishedAt == nil)
            #expect(after[1].publishedAt != nil)
        }
    }
}
