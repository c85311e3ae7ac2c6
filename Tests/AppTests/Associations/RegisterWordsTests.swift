@testable import App
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain
import Views

@Suite("The admin's map of the registers' own words")
struct RegisterWordsTests {
    static let register = """
    Namn;Organisationsnummer;Kategori;Stadsdel;Målgrupp;Beskrivning
    Vivalla Bollklubb;16802002-4280;Idrottsförening – fotboll;Gamla Vivalla;Daglediga;Från registret.
    Brickebacken Boll;;Idrottsförening - Fotboll, Kultur;Brickebacken;;
    Egna föreningen;16 212000 1967;IDROTTSFÖRENING – FOTBOLL;Gamla Vivalla;Funktionsrätt;Registrets text.
    """

    func run(_ ctx: TestApp.Context, dryRun: Bool = false) async throws -> AssociationImporter.Report {
        try await AssociationImporter(app: ctx.app, catalog: .sv, actor: .anonymous, actorLabel: "test")
            .run(Data(Self.register.utf8), .init(dryRun: dryRun, verified: true, fileName: "register.csv"))
    }

    /// Maps a word through the form the report links to, as the admin does.
    func map(_ admin: TestBrowser, _ kind: String, _ word: String, to meaning: String) async throws -> TestingHTTPResponse {
        let path = "/admin/import/ord/\(kind)"
        #expect(try await admin.get(path + "?ord=" + TestBrowser.encode(word)).status == .ok)
        return try await admin.post(path, ["word": word, "meaning": meaning])
    }

    func tags(_ name: String, on db: any Database) async throws -> (Association, [AssociationCategory], [String], [TargetGroup]) {
        let association = try #require(try await Association.query(on: db).filter(\.$name == name).first())
        let id = try association.requireID()
        let categories = try await AssociationCategoryTag.query(on: db).filter(\.$association.$id == id).all().map(\.category)
        let districts = try await AssociationDistrict.query(on: db).filter(\.$association.$id == id).with(\.$district).all().map(\.district.name)
        let groups = try await AssociationTargetGroupTag.query(on: db).filter(\.$association.$id == id).all().map(\.targetGroup)
        return (association, categories.sorted { $0.rawValue < $1.rawValue }, districts.sorted(), groups.sorted { $0.rawValue < $1.rawValue })
    }

    @Test("unmapped → mapped → imported again: the values are filled in and nothing an association wrote is overwritten")
    func roundTrip() async throws {
        try await TestApp.run(demo: false) { ctx in
            // setup: an association that wrote its own facts before the register came
            try await ctx.association("Egna föreningen", category: .culture, description: "Vår egen text.")
            let admin = try await ctx.firstAdmin()

            // act: the first import reports each word it does not know, with its rows and a link
            let page = try await ImportTests.uploadFile(admin, Self.register).body.string
            #expect(page.contains("created 2, updated 1, unchanged 0, skipped 0"))
            #expect(page.contains("Ord som Samverka inte känner igen"))
            #expect(page.contains("href=\"/admin/import/ord/kategori?ord=Idrottsf%C3%B6rening%20%E2%80%93%20fotboll\""))
            #expect(page.contains("href=\"/admin/import/ord/stadsdel?ord=Gamla%20Vivalla\""))
            let form = try await admin.get("/admin/import/ord/stadsdel?ord=Gamla%20Vivalla").body.string
            #expect(form.contains("name=\"word\" id=\"field-word\" value=\"Gamla Vivalla\""), "the form has the word filled in")
            let first = try await run(ctx, dryRun: true)
            #expect(first.unmapped == [UnmappedWord(kind: .category, word: "Idrottsförening – fotboll", rows: 3),
                                       UnmappedWord(kind: .district, word: "Gamla Vivalla", rows: 2),
                                       UnmappedWord(kind: .targetGroup, word: "Daglediga", rows: 1)])

            // act: the admin says what the words mean
            let vivalla = try #require(try await District.query(on: ctx.app.db).filter(\.$name == "Vivalla").first()).typedID
            for (kind, word, meaning) in [("kategori", "Idrottsförening – fotboll", "sport"), ("stadsdel", "Gamla Vivalla", vivalla.description),
                                          ("malgrupp", "Daglediga", "adults")] {
                let saved = try await map(admin, kind, word, to: meaning)
                #expect(saved.status == .seeOther)
                #expect(saved.location == "/admin/import/ord?notice=wordSaved")
            }
            let list = try await admin.get("/admin/import/ord").body.string
            #expect(list.contains("Idrottsförening – fotboll") && list.contains("Idrott och friluftsliv") && list.contains("Vivalla"))

            // act: the same file again
            let second = try await run(ctx)

            // check: every row was filled in, the words are no longer reported, the figures add up
            #expect(second.unmapped.isEmpty)
            #expect(second.summary == "created 0, updated 3, unchanged 0, skipped 0")
            let (ball, ballCategories, ballDistricts, ballGroups) = try await tags("Vivalla Bollklubb", on: ctx.app.db)
            #expect(ballCategories == [.sport])
            #expect(ballDistricts == ["Vivalla"])
            #expect(ballGroups == [.adults])
            #expect(ball.orgNumber == "802002-4280")
            #expect(try await tags("Brickebacken Boll", on: ctx.app.db).1 == [.culture, .sport])
            let (own, ownCategories, ownDistricts, ownGroups) = try await tags("Egna föreningen", on: ctx.app.db)
            #expect(own.description == "Vår egen text.")
            #expect(ownCategories == [.culture, .sport])
            #expect(ownDistricts == ["Vivalla"])
            #expect(ownGroups == [.disabilities])
            #expect(own.orgNumber == "212000-1967")
            #expect(try await run(ctx).summary == "created 0, updated 0, unchanged 3, skipped 0")
        }
    }

    @Test("a word is changed, or forgotten and reported again; a wrong choice comes back with what was written")
    func changeAndForget() async throws {
        try await TestApp.run(demo: false) { ctx in
            let admin = try await ctx.firstAdmin()
            var response = try await map(admin, "kategori", "Idrottsförening – fotboll", to: "culture")
            #expect(response.status == .seeOther)
            response = try await map(admin, "kategori", "idrottsförening-fotboll", to: "sport")
            #expect(response.status == .seeOther)
            response = try await map(admin, "kategori", "Idrottsförening – fotboll", to: "sport")
            #expect(response.status == .seeOther, "saved as it already was: nothing changes, nothing is logged")
            let words = try await RegisterWord.query(on: ctx.app.db).all()
            #expect(words.count == 1)
            #expect(words.first?.meaning == .category(.sport))
            #expect(try await run(ctx, dryRun: true).unmapped.map(\.kind) == [.district, .targetGroup])

            try await admin.get("/admin/import/ord/kategori")
            response = try await admin.post("/admin/import/ord/kategori", ["word": "idrottsförening-fotboll", "meaning": "golf"])
            #expect(response.status == .unprocessableEntity)
            #expect(response.body.string.contains("value=\"idrottsförening-fotboll\""), "the word as it was sent")
            #expect(response.body.string.contains("Glöm ordet"), "a mapped word can be forgotten from its form")
            response = try await admin.post("/admin/import/ord/malgrupp", ["word": "Daglediga", "meaning": "sport"])
            #expect(response.status == .unprocessableEntity)

            try await admin.get("/admin/import/ord/kategori?ord=Idrottsf%C3%B6rening")
            response = try await admin.post("/admin/import/ord/kategori", ["word": "Idrottsförening – fotboll", "forget": "on"])
            #expect(response.location == "/admin/import/ord?notice=wordForgotten")
            #expect(try await ctx.app.count(RegisterWord.self) == 0)
            try await admin.get("/admin/import/ord/kategori")
            response = try await admin.post("/admin/import/ord/kategori", ["word": "Aldrig sparat", "forget": "on"])
            #expect(response.location == "/admin/import/ord?notice=wordForgotten")
            #expect(try await run(ctx, dryRun: true).unmapped.count == 3)
            let audit = try await AuditEntry.query(on: ctx.app.db).filter(\.$action == "import.word").count()
            #expect(audit == 3)
            #expect(try await admin.get("/admin/import/ord/okand").status == .notFound)
        }
    }
}
