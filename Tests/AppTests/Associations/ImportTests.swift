@testable import App
@testable import Demo
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain
import Views

@Suite("Importing association registers")
struct ImportTests {
    func run(_ ctx: TestApp.Context, _ text: String, dryRun: Bool = false, encoding: String.Encoding = .utf8) async throws -> AssociationImporter.Report {
        let importer = AssociationImporter(app: ctx.app, catalog: .en, actor: .anonymous, actorLabel: "test")
        let data = encoding == .utf8 ? Data(text.utf8) : Data(CSVTestData.windows1252(text))
        return try await importer.run(data, .init(dryRun: dryRun, verified: true, fileName: "register.csv"))
    }

    static let messy = """
    Föreningsnamn;Organisationsnummer;Kategori;Stadsdel;E-post;Okänd kolumn
    Vivalla Schackklubb;802002-4280;Kultur;Vivalla;schack@example.org;x
    ;802002-4280;Kultur;Vivalla;;x
    Brickebacken Boule;802002-4281;Idrott;Brickebacken;;x
    "Föreningen ""Glädje""; Örebro";;Social, Golf;Varberga, Atlantis;inte-epost;x
    Vivalla schackklubb;;Kultur;Vivalla;;x
    Odensbacken Hembygd;;Övrigt;Odensbacken;;x
    """

    @Test("a messy register: every problem row is reported with its number and reason")
    func messyFile() async throws {
        try await TestApp.run(demo: false) { ctx in
            let report = try await run(ctx, Self.messy)
            #expect(report.separator == ";")
            #expect(report.unknownColumns == ["Okänd kolumn"])
            #expect(report.summary == "created 3, updated 0, unchanged 0, skipped 3")
            let byRow = Dictionary(grouping: report.lines, by: \.row)
            #expect(byRow[3]?.first?.message == "The name is empty.")
            #expect(byRow[4]?.first?.message.contains("802002-4281") == true)
            #expect(byRow[4]?.first?.message.contains("last digit") == true)
            #expect(byRow[5]?.first?.outcome == .review)
            #expect(byRow[5]?.first?.message.contains("Golf") == true)
            #expect(byRow[5]?.first?.message.contains("Atlantis") == true)
            #expect(byRow[6]?.first?.message == "The same association as row 2.")
            let glad = try #require(try await Association.query(on: ctx.app.db).filter(\.$name == "Föreningen \"Glädje\"; Örebro").first())
            #expect(glad.source == "import: register.csv")
            #expect(glad.email == "")
        }
    }

    @Test("importing the same file again changes nothing")
    func idempotent() async throws {
        try await TestApp.run(demo: false) { ctx in
            _ = try await run(ctx, Self.messy)
            let audits = try await ctx.app.count(AuditEntry.self)
            let second = try await run(ctx, Self.messy)
            #expect(second.summary == "created 0, updated 0, unchanged 3, skipped 3")
            #expect(try await ctx.app.count(Association.self) == 3)
            #expect(try await ctx.app.count(AuditEntry.self) == audits + 1)
        }
    }

    @Test("matching by number and by name fills in what is missing and never overwrites")
    func matching() async throws {
        try await TestApp.run(demo: false) { ctx in
            try await ctx.association("Vivalla Schackklubb", description: "Egen text.")
            let report = try await run(ctx, "name,org_number,description,website\nVivalla schackklubb,8020024280,Importerad text,www.schack.example\n")
            #expect(report.summary == "created 0, updated 1, unchanged 0, skipped 0")
            let association = try #require(try await Association.query(on: ctx.app.db).first())
            #expect(association.description == "Egen text.")
            #expect(association.orgNumber == "802002-4280")
            #expect(association.website == "https://www.schack.example")
        }
    }

    @Test("Windows-1252 and UTF-8 with BOM read the same; commas work as separators")
    func encodings() async throws {
        try await TestApp.run(demo: false) { ctx in
            let text = "Namn,Kategori\nÅsa-Nisses Öländska Förening,Kultur\n"
            let report = try await run(ctx, text, encoding: .windowsCP1252)
            #expect(report.encoding == "Windows-1252")
            #expect(report.created == 1)
            #expect(try await Association.query(on: ctx.app.db).filter(\.$name == "Åsa-Nisses Öländska Förening").count() == 1)
            let bom = try await AssociationImporter(app: ctx.app, catalog: .en, actor: .anonymous, actorLabel: "test")
                .run(Data([0xEF, 0xBB, 0xBF]) + Data(text.utf8), .init(fileName: "bom.csv"))
            #expect(bom.encoding == "UTF-8")
            #expect(bom.summary == "created 0, updated 0, unchanged 1, skipped 0")
        }
    }

    @Test("a file that is not CSV, or lacks a name column, is refused before anything is written", arguments: [
        (Data([0x50, 0x4B, 0x03, 0x04, 0x00, 0x00]), "import.refused.notText"),
        (Data("Telefon;E-post\n019-1;a@b.se\n".utf8), "import.refused.noName"),
        (Data("Namn\n\"Öppen citering\n".utf8), "import.refused.quote"),
        (Data(), "import.refused.empty"),
    ])
    func refused(data: Data, key: String) async throws {
        try await TestApp.run(demo: false) { ctx in
            let importer = AssociationImporter(app: ctx.app, catalog: .en, actor: .anonymous, actorLabel: "test")
            await #expect {
                try await importer.run(data, .init(fileName: "x.csv"))
            } throws: { error in
                (error as? AssociationImporter.Refusal)?.messageKey == key
            }
            let count = try await ctx.app.count(Association.self)
            #expect(count == 0)
        }
    }

    @Test("a dry run reports exactly what would happen and writes nothing")
    func dryRun() async throws {
        try await TestApp.run(demo: false) { ctx in
            let audits = try await ctx.app.count(AuditEntry.self)
            let report = try await run(ctx, Self.messy, dryRun: true)
            #expect(report.summary == "created 3, updated 0, unchanged 0, skipped 3")
            #expect(try await ctx.app.count(Association.self) == 0)
            #expect(try await ctx.app.count(AuditEntry.self) == audits)
        }
    }

    @Test("the admin's upload page runs the same import and shows the report")
    func upload() async throws {
        try await TestApp.run { ctx in
            let admin = try await ctx.signedIn(Demo.admin)
            let response = try await Self.uploadFile(admin, Self.messy)
            #expect(response.status == .ok)
            #expect(response.body.string.contains("created 3, updated 0, unchanged 0, skipped 3"))
            #expect(response.body.string.contains("Samma förening som rad 2."))
            #expect(try await Association.query(on: ctx.app.db).filter(\.$source == "import: register.csv").count() == 3)
            // No file chosen is not "the file is empty"; the page lists the columns a file may have.
            let none = try await Self.uploadFile(admin, "", fileName: "")
            #expect(none.status == .unprocessableEntity && none.body.string.contains("Välj en fil att läsa in."))
            #expect(none.body.string.contains("Vad filen kan innehålla") && !none.body.string.contains("README"))
            let empty = try await Self.uploadFile(admin, "")
            #expect(empty.body.string.contains("Filen är tom."))
        }
    }

    /// Posts `text` as register.csv through the admin's upload form, as a browser sends it.
    static func uploadFile(_ admin: TestBrowser, _ text: String, dryRun: Bool = false, fileName: String = "register.csv") async throws -> TestingHTTPResponse {
        try await admin.get("/admin/import")
        let token = try #require(admin.csrfToken)
        let boundary = "samverka-test-boundary"
        var body = ""
        for (name, value) in [("_csrf", token), ("verified", "on")] + (dryRun ? [("dryRun", "on")] : []) {
            body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n"
        }
        body += "--\(boundary)\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\(fileName)\"\r\nContent-Type: text/csv\r\n\r\n"
        body += text + "\r\n--\(boundary)--\r\n"
        var headers = HTTPHeaders()
        headers.replaceOrAdd(name: .contentType, value: "multipart/form-data; boundary=\(boundary)")
        return try await admin.send(.POST, "/admin/import", headers: headers, body: ByteBuffer(string: body))
    }

    @Test("organisation numbers with the century 16 and with spaces are read as the ten digits; 19 or 20 in front is refused with why")
    func centuryNumbers() async throws {
        try await TestApp.run(demo: false) { ctx in
            let file = """
            Namn;Organisationsnummer
            Vivalla Schackklubb;16802002-4280
            Schackklubben i Vivalla;168020024280
            Örebro kommun;16 212000 1967
            Fel sekel;198002024280
            Mellanslagsföreningen;556036 0793
            """
            let report = try await run(ctx, file)
            #expect(report.summary == "created 3, updated 0, unchanged 0, skipped 2")
            let byRow = Dictionary(grouping: report.lines, by: \.row)
            #expect(byRow[3]?.first?.message == "The same association as row 2.")
            #expect(byRow[5]?.first?.outcome == .skipped)
            #expect(byRow[5]?.first?.message.contains("198002024280") == true)
            #expect(byRow[5]?.first?.message.contains("starts with 16") == true)
            let numbers = try await Association.query(on: ctx.app.db).all().compactMap(\.orgNumber).sorted()
            #expect(numbers == ["212000-1967", "556036-0793", "802002-4280"])
            // The same associations written the other way are the same associations.
            let again = try await run(ctx, "Namn;Orgnr\nVivalla Schackklubb;802002-4280\nÖrebro kommun;2120001967\n")
            #expect(again.summary == "created 0, updated 0, unchanged 2, skipped 0")
        }
    }

    @Test("created, updated, unchanged and skipped add up to the data rows, over several batches, dry run or not")
    func figuresAddUp() async throws {
        try await TestApp.run(demo: false) { ctx in
            // Nine kinds of row, 50 of each: 300 new (some with 16 in front, some with words to map), 150 skipped.
            var lines = ["Namn;Organisationsnummer;Kategori;Stadsdel"]
            for index in 0..<450 {
                let number = AssociationsDemo.orgNumber(index + 1)
                switch index % 9 {
                case 0: lines.append(";\(number);Kultur;Vivalla")
                case 1: lines.append("Fel nummer \(index);80200;Kultur;")
                case 4: lines.append("Förening \(index - 1);;Kultur;")
                case 5: lines.append("Förening \(index);16\(number);Golf;Gamla stan")
                default: lines.append("Förening \(index);\(index % 2 == 0 ? number : "");Funktionsrätt;Vivalla")
                }
            }
            let file = lines.joined(separator: "\n") + "\n\n"
            let dry = try await run(ctx, file, dryRun: true)
            #expect(dry.summary == "created 300, updated 0, unchanged 0, skipped 150")
            #expect(dry.unmapped.map(\.rows) == [50, 50])
            #expect(try await ctx.app.count(Association.self) == 0)
            let real = try await run(ctx, file)
            #expect(real.summary == dry.summary)
            #expect(real.lines.count == dry.lines.count)
            let again = try await run(ctx, file, dryRun: true)
            #expect(again.summary == "created 0, updated 0, unchanged 300, skipped 150")
            for report in [dry, real, again] {
                #expect(report.created + report.updated + report.unchanged + report.skipped == 450)
            }
        }
    }
}

enum CSVTestData {
    static func windows1252(_ text: String) -> [UInt8] {
        text.unicodeScalars.map { scalar in UInt8(truncatingIfNeeded: scalar.value) }
    }
}
