@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Associations API, eligibility and open data")
struct AssociationsAPITests {
    @Test("list and detail have the documented shape and no personal data")
    func shapes() async throws {
        try await TestApp.run { ctx in
            let list = try #require(try await ctx.json("/api/v1/associations?per=5&page=2").body as? [String: Any])
            #expect(Set(list.keys) == ["items", "total", "totalIsExact", "page", "per"])
            #expect(list["totalIsExact"] as? Bool == true)
            #expect(list["page"] as? Int == 2 && list["per"] as? Int == 5)
            let item = try #require((list["items"] as? [[String: Any]])?.first)
            #expect(Set(item.keys).isSubset(of: ["id", "name", "orgNumber", "categories", "districts", "joined", "joinedSince"]))
            let id = try #require(item["id"] as? String)
            let detail = try await ctx.json("/api/v1/associations/\(id)")
            #expect(detail.status == 200)
            let body = try #require(detail.body as? [String: Any])
            #expect(body["name"] as? String == item["name"] as? String)
            #expect(try await ctx.json("/api/v1/associations/\(UUID())").status == 404)
        }
    }

    @Test("bad parameters get a 400 naming the field", arguments: ["page=0", "page=abc", "per=51", "category=golf", "joined=ja", "district=vivalla"])
    func badParameters(query: String) async throws {
        try await TestApp.run(demo: false) { ctx in
            let (status, body) = try await ctx.json("/api/v1/associations?\(query)")
            #expect(status == 400)
            let error = try #require(body as? [String: Any])
            #expect(error["field"] as? String == String(query.split(separator: "=")[0]))
            #expect(error["error"] is String)
        }
    }

    @Test("eligibility: malformed and Luhn-invalid numbers are 400, unknown is known: false", arguments: [
        ("802002-4281", 400), ("12345", 400), ("abcdefghij", 400), ("556036-0793", 200),
    ])
    func eligibility(number: String, status: Int) async throws {
        try await TestApp.run(demo: false) { ctx in
            let (code, body) = try await ctx.json("/api/v1/eligibility/\(number)")
            #expect(code == status)
            let json = try #require(body as? [String: Any])
            if status == 200 {
                #expect(json["known"] as? Bool == false)
                #expect(json["joined"] as? Bool == false)
                #expect(json["orgNumber"] as? String == "556036-0793")
            } else {
                #expect(json["field"] as? String == "orgNumber")
            }
        }
    }

    @Test("eligibility: the number with the century 16 and with spaces answers as the ten digits do", arguments: [
        "802002-4280", "8020024280", "16802002-4280", "168020024280", "802002%204280", "16%20802002%20-%204280", "%20802002-4280%20",
    ])
    func eligibilityForms(number: String) async throws {
        try await TestApp.run(demo: false) { ctx in
            try await ctx.association("Vivalla Schackklubb", orgNumber: "802002-4280")
            let (code, body) = try await ctx.json("/api/v1/eligibility/\(number)")
            #expect(code == 200)
            let json = try #require(body as? [String: Any])
            #expect(json["orgNumber"] as? String == "802002-4280")
            #expect(json["known"] as? Bool == true)
            #expect(json["name"] as? String == "Vivalla Schackklubb")
            // What the server accepts is what the OpenAPI document promises.
            let decoded = try #require(number.removingPercentEncoding)
            #expect(decoded.range(of: AssociationsAPIController.orgNumberPattern, options: .regularExpression) != nil, "\(decoded)")
        }
    }

    @Test("eligibility: twelve digits without 16 first, and characters outside the pattern, are 400 with the reason", arguments: [
        ("198002024280", "starts with 16"), ("20802002-4280", "starts with 16"), ("%09802002-4280", "only contain digits"),
        ("802002%C2%A04280", "only contain digits"), ("8020%20024280", "only contain digits"),
    ])
    func eligibilityRefused(number: String, reason: String) async throws {
        try await TestApp.run(demo: false) { ctx in
            let (code, body) = try await ctx.json("/api/v1/eligibility/\(number)")
            #expect(code == 400)
            let json = try #require(body as? [String: Any])
            #expect(json["field"] as? String == "orgNumber")
            #expect((json["error"] as? String)?.contains(reason) == true, "\(json)")
            let decoded = try #require(number.removingPercentEncoding)
            #expect(decoded.range(of: AssociationsAPIController.orgNumberPattern, options: .regularExpression) == nil, "\(decoded)")
        }
    }

    @Test("an unverified association is not known to the eligibility check")
    func unverifiedUnknown() async throws {
        try await TestApp.run(demo: false) { ctx in
            try await ctx.association("Väntande", status: .pending, orgNumber: "802002-4280")
            let json = try #require(try await ctx.json("/api/v1/eligibility/8020024280").body as? [String: Any])
            #expect(json["known"] as? Bool == false)
        }
    }

    @Test("open data: the whole public register as CSV and JSON, and DCAT-AP-SE metadata")
    func openData() async throws {
        try await TestApp.run { ctx in
            let csv = try await ctx.browser().get("/open-data/associations.csv")
            #expect(csv.headers.contentType?.subType == "csv")
            let lines = csv.body.string.split(separator: "\r\n")
            #expect(lines.first == "id,name,orgNumber,categories,districts,joined,joinedSince")
            #expect(lines.count == 61)
            let json = try #require(try JSONSerialization.jsonObject(with: Data(try await ctx.browser().get("/open-data/associations.json").body.string.utf8)) as? [[String: Any]])
            #expect(json.count == 60)
            let catalog = try await ctx.browser().get("/open-data/catalog.jsonld").body.string
            #expect(catalog.contains("dcat:Dataset"))
            #expect(catalog.contains("publicdomain/zero/1.0"))
        }
    }

    @Test("open data: a name a spreadsheet would run as a formula is written as text, and the data description says so")
    func formulaInjection() async throws {
        try await TestApp.run(demo: false) { ctx in
            // setup
            for name in ["=HYPERLINK(\"https://evil.example\",\"Klicka\")", "+46 Förening", "-1+1", "@SUM(A1:A9)", "\t=1+1", "\r=1+1", "Vanlig förening"] {
                try await ctx.association(name)
            }
            // act
            let csv = try await ctx.browser().get("/open-data/associations.csv").body.string
            // check: each dangerous cell begins with a quote mark, inside the CSV quotes where it needs them
            let names = try CSVTable.read(Data(csv.utf8)).rows.map { $0.fields[1] }
            #expect(Set(names) == ["'=HYPERLINK(\"https://evil.example\",\"Klicka\")", "'+46 Förening", "'-1+1", "'@SUM(A1:A9)",
                                   "'\t=1+1", "'\r=1+1", "Vanlig förening"])
            let catalog = try await ctx.browser().get("/open-data/catalog.jsonld").body.string
            #expect(catalog.contains("gets a ' in front"))
            #expect(catalog.contains("får ett ' först"))
            let ledger = try await ctx.browser().get("/overenskommelsen/anslutna").body.string
            #expect(ledger.contains("får ett &#39; först") || ledger.contains("får ett ' först"))
        }
    }
}
