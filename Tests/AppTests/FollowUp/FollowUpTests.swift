@testable import App
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain
import Views

@Suite("The yearly follow-up: one report as a page, CSV tables and the API, from every area's rows")
struct FollowUpTests {
    static let year = 2026

    struct APIReport: Decodable {
        struct Table: Decodable {
            struct Row: Decodable { var key: String; var label: String; var values: [Double?] }
            var id: String
            var columns: [String]
            var rows: [Row]
        }
        var year: Int
        var tables: [Table]
    }

    /// The cells of each row of the table in the page's section `id`, as text with tags removed.
    static func pageRows(_ html: String, section id: String) throws -> [[String]] {
        let start = try #require(html.range(of: "<section class=\"follow-up-section\" aria-labelledby=\"\(id)\""))
        let rest = html[start.upperBound...]
        let body = try #require(rest.range(of: "<tbody>").flatMap { open in rest.range(of: "</tbody>").map { rest[open.upperBound..<$0.lowerBound] } })
        return body.components(separatedBy: "</tr>").dropLast().map { row in
            row.components(separatedBy: "</t").dropLast().map { cell in
                String(cell.split(separator: ">", omittingEmptySubsequences: false).last ?? "")
                    .replacingOccurrences(of: "&amp;", with: "&").replacingOccurrences(of: "\u{00A0}", with: " ")
            }
        }
    }

    @Test("the page's tables, the CSV of each and the API show the same figures for every area")
    func agree() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            let redirect = try await browser.get("/uppfoljning")
            #expect(redirect.status == .seeOther && redirect.headers.first(name: .location) == "/uppfoljning/\(Self.year)")
            let page = try await browser.get("/uppfoljning/\(Self.year)")
            #expect(page.status == .ok)
            let api = try await browser.get("/api/v1/follow-up/\(Self.year)")
            let report = try api.content.decode(APIReport.self)
            #expect(report.year == Self.year)
            #expect(report.tables.map(\.id) == FollowUpTable.Section.allCases.map(\.rawValue))
            for table in report.tables {
                let csv = try await browser.get("/uppfoljning/\(Self.year)/tabeller/\(table.id).csv")
                #expect(csv.status == .ok && csv.headers.contentType?.description.hasPrefix("text/csv") == true)
                let lines = csv.body.string.split(separator: "\r\n").map(String.init)
                #expect(lines.first == (["key", "label"] + table.columns).joined(separator: ","))
                let cells = try Self.pageRows(page.body.string, section: table.id)
                #expect(cells.count == table.rows.count && lines.count == table.rows.count + 1, "\(table.id)")
                for (index, row) in table.rows.enumerated() where index < cells.count && index + 1 < lines.count {
                    #expect(cells[index].first == row.label, "\(table.id) \(row.key)")
                    let fields = lines[index + 1].split(separator: ",", omittingEmptySubsequences: false).suffix(row.values.count)
                    for (value, (field, cell)) in zip(row.values, zip(fields, cells[index].dropFirst())) {
                        #expect(value == Double(field), "\(table.id) \(row.key): API \(String(describing: value)), CSV \(field)")
                        guard let value else { #expect(cell == "–"); continue }
                        // The page writes shares as whole percent and other figures with a decimal comma.
                        let shown = cell.hasSuffix(" %") ? Double(cell.dropLast(2)).map { $0 / 100 } : Double(cell.replacingOccurrences(of: " ", with: "").replacingOccurrences(of: ",", with: "."))
                        let close = (cell.hasSuffix(" %") ? 0.005 : 0.005 * max(1, abs(value))) + 1e-9
                        #expect(shown.map { abs($0 - value) <= close } == true, "\(table.id) \(row.key): page \(cell), API \(value)")
                    }
                }
            }
            // Every chart is an image named by its title and described, beside its table.
            let html = page.body.string
            #expect(html.components(separatedBy: "<svg ").count - 1 == report.tables.filter { !["concentration", "commitments"].contains($0.id) }.count)
            #expect(html.contains("role=\"img\" aria-labelledby=\"chart-inquiries-title chart-inquiries-desc\""))
            #expect(!html.contains("style=\""))
        }
    }

    @Test("a year before the first, after this one or not a year is not a page; the API says which parameter was wrong")
    func badYears() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            for path in ["/uppfoljning/2019", "/uppfoljning/2027", "/uppfoljning/abc", "/uppfoljning/%2B2026", "/uppfoljning/2026/tabeller/secret.csv",
                         "/uppfoljning/2026/tabeller/inquiries", "/uppfoljning/1999/tabeller/inquiries.csv"] {
                let response = try await browser.get(path)
                #expect(response.status == .notFound, "\(path)")
            }
            for path in ["/api/v1/follow-up/2019", "/api/v1/follow-up/twenty", "/api/v1/follow-up/2027"] {
                let response = try await browser.get(path)
                #expect(response.status == .badRequest && response.body.string.contains("\"field\":\"year\""), "\(path)")
            }
        }
    }

    @Test("cooperation is counted per member band against the register, and its concentration measured")
    func fairness() async throws {
        try await TestApp.run { ctx in
            let figures = FollowUpFigures(year: Self.year, db: ctx.app.db, now: ctx.clock.now)
            func table(_ section: FollowUpTable.Section) async throws -> FollowUpTable {
                try #require(try await figures.report().table(section))
            }
            let before = try await table(.fairness)
            let small = try #require(try await Association.query(on: ctx.app.db).filter(\.$status == .verified).filter(\.$memberBand == .upTo25).first())
            let invited = try await ConsultationInvitation.query(on: ctx.app.db).filter(\.$association.$id == small.id!).all().map(\.$consultation.id)
            let consultations = try await Consultation.query(on: ctx.app.db).all().filter { !invited.contains($0.id!) }
            try #require(consultations.count >= 4)
            // Three invitations this year to one small association, one last year that does not count.
            for (consultation, days) in zip(consultations, [0.0, 1, 2, 400]) {
                try await ConsultationInvitation(consultationID: consultation.id!, associationID: small.id!,
                                                 at: ctx.clock.now.addingTimeInterval(-days * 86_400)).create(on: ctx.app.db)
            }
            let after = try await table(.fairness)
            let row = { (t: FollowUpTable) in t.rows.first { $0.key == MemberBand.upTo25.rawValue }! }
            #expect(row(after).values[0] == row(before).values[0])
            #expect(row(after).values[2] == .count((row(before).values[2].number.map { Int($0) } ?? 0) + 3))
            let total = after.rows.filter { $0.key != "small" }.compactMap { $0.values[2].number }.reduce(0, +)
            #expect(row(after).values[3] == .share(row(after).values[2].number! / total))
            let gini = try await table(.concentration).rows.first { $0.key == "gini" }?.values.first?.number
            #expect(gini.map { (0...1).contains($0) } == true)
        }
    }

    @Test("a department's page shows its rows beside all departments', for its committee; the report links every department")
    func department() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            let slug = "kultur-och-fritidsforvaltningen"
            let name = try await ctx.department(slug).name
            #expect(try await browser.get("/uppfoljning/\(Self.year)").body.string.contains("href=\"/uppfoljning/\(Self.year)/\(slug)\""))
            let page = try await browser.get("/uppfoljning/\(Self.year)/\(slug)")
            #expect(page.status == .ok && page.body.string.contains("<h1>Uppföljning \(Self.year): \(name)</h1>"))
            let rows = try Self.pageRows(page.body.string, section: "inquiries")
            #expect(rows.map { $0.first } == [name, "Alla förvaltningar"])
            #expect(!page.body.string.contains("Socialförvaltningen") && !page.body.string.contains("tabeller/"))
            #expect(try await browser.get("/uppfoljning/\(Self.year)/ingen-sadan").status == .notFound)
            #expect(try await browser.get("/uppfoljning/2019/\(slug)").status == .notFound)
        }
    }

    @Test("the page is in English too, and the report links from the agreement and every page's footer")
    func english() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            _ = try await browser.get("/lang/en?return=/")
            let page = try await browser.get("/uppfoljning/\(Self.year)")
            #expect(page.body.string.contains("Follow-up of the agreement \(Self.year)") && page.body.string.contains("Answered within the promise"))
            let csv = try await browser.get("/uppfoljning/\(Self.year)/tabeller/inquiries.csv")
            #expect(csv.body.string.contains("all,All departments"))
            #expect(try await browser.get("/overenskommelsen").body.string.contains("href=\"/uppfoljning\""))
        }
    }
}
