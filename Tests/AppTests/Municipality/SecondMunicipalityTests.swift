@testable import App
import Testing
import Vapor
import Fluent

/// A municipality other than Örebro on its first day: its own file, a new database, no demo.
@Suite("A second municipality on day one")
struct SecondMunicipalityTests {
    /// Words that only the demo may show.
    static let demoOnly = ["örebro", "exempeldata", "example data", "exempelkonton", "demo", "inte skriven än"]

    @Test("the site carries the municipality's own name, departments and districts, and nothing of Örebro")
    func ownFacts() async throws {
        try await TestApp.run(municipalityFile: TestApp.secondMunicipality) { ctx in
            let browser = ctx.browser()
            let home = try await browser.get("/").body.string
            #expect(home.contains("Sjöbacka kommun"))
            let contact = try await browser.get("/kontakt").body.string
            #expect(contact.contains("Kommunledningsförvaltningen"))
            #expect(contact.contains("Sjöbackahem AB"))
            #expect(!contact.lowercased().contains("exempeldata"))
            #expect(try await ctx.app.count(District.self) == 5)
            #expect(try await AppMeta.find(AppMeta.demoSeededKey, on: ctx.app.db) == nil)
            #expect(try await User.query(on: ctx.app.db).count() == 0)
        }
    }

    @Test("no link on any page leads to a missing page, and nothing demo-only shows — signed out and as the first admin")
    func crawl() async throws {
        try await TestApp.run(municipalityFile: TestApp.secondMunicipality) { ctx in
            let anonymous = try await Self.crawl(ctx.browser(), from: ["/"])
            #expect(anonymous.count > 15, "the crawl saw only \(anonymous.count) pages")
            let admin = try await Self.crawl(try await ctx.firstAdmin(), from: ["/admin", "/"])
            #expect(admin.contains("/admin/kom-igang"))
            #expect(admin.contains("/admin/overenskommelsen/syfte"))
            // The drafts are not published, so the public index links none of them.
            #expect(!anonymous.contains("/overenskommelsen/syfte"))
        }
    }

    /// Visits every same-site link breadth-first; fails on a 404, a server error or demo text.
    /// Returns the paths visited.
    static func crawl(_ browser: TestBrowser, from start: [String], limit: Int = 400) async throws -> Set<String> {
        var queue = start, seen = Set<String>()
        while let path = queue.first, seen.count < limit {
            queue.removeFirst()
            guard !seen.contains(path) else { continue }
            seen.insert(path)
            let response = try await browser.get(path)
            let status = response.status.code
            #expect(status != 404 && status < 500, "\(path) answers \(status)")
            let body = response.body.string
            let lowered = body.lowercased()
            for word in demoOnly { #expect(!lowered.contains(word), "\(path) shows “\(word)”") }
            guard response.headers.contentType == .html else { continue }
            for link in links(in: body) where !seen.contains(link) { queue.append(link) }
        }
        return seen
    }

    /// Same-site paths of the page's links, without fragments; switching language and
    /// signing out are left alone (they change the session, and the latter is a POST).
    static func links(in html: String) -> [String] {
        html.components(separatedBy: "href=\"").dropFirst().compactMap { part in
            let raw = String(part.prefix { $0 != "\"" }).replacingOccurrences(of: "&amp;", with: "&")
            let path = String(raw.prefix { $0 != "#" })
            guard path.hasPrefix("/"), !path.hasPrefix("//"), !path.hasPrefix("/lang/"), !path.hasPrefix("/styles.css") else { return nil }
            return path
        }
    }
}
