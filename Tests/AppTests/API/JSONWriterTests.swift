@testable import App
import Testing
import Foundation

@Suite("JSON writer: what the search API writes by hand is what JSONEncoder would mean")
struct JSONWriterTests {
    typealias DTO = AssociationsAPIController.AssociationDTO

    static let awkward = [
        "Föreningen \"Åsen\" & co", "back\\slash", "rad 1\nrad 2\r\n\tindrag", "nul\u{0}bell\u{7}esc\u{1B}unit\u{1F}",
        "</script><script>alert(1)</script>", "emoji 👩🏽‍🦯 och ø", "", "\u{7F}delete\u{2028}",
    ]

    @Test("every string survives a round trip through JSONDecoder, and empty values stay empty or null")
    func roundTrip() throws {
        let items = Self.awkward.enumerated().map { n, name in
            DTO(id: UUID(), name: name, orgNumber: n.isMultiple(of: 2) ? nil : "802000-000\(n)", categories: n == 3 ? [] : [name, "culture"],
                districts: [name], joined: n.isMultiple(of: 3), joinedSince: n.isMultiple(of: 3) ? "2024-03-0\(n % 9 + 1)" : nil)
        }
        let list = AssociationsAPIController.ListDTO(items: items, total: 12_345, totalIsExact: false, page: 3, per: 20)
        let body = try #require(list.response().body.buffer)
        let decoded = try JSONDecoder().decode(AssociationsAPIController.ListDTO.self, from: Data(buffer: body))
        #expect(decoded.items.map(\.name) == Self.awkward)
        for (written, original) in zip(decoded.items, items) {
            #expect(written.id == original.id && written.orgNumber == original.orgNumber && written.categories == original.categories)
            #expect(written.districts == original.districts && written.joined == original.joined && written.joinedSince == original.joinedSince)
        }
        #expect(decoded.total == 12_345 && !decoded.totalIsExact && decoded.page == 3 && decoded.per == 20)
    }

    @Test("a page of projects written by hand is the same JSON as JSONEncoder writes, nulls and empty lists included")
    func projects() throws {
        typealias Item = ProjectsAPIController.ItemDTO
        let items = Self.awkward.enumerated().map { n, text in
            Item(id: UUID(), slug: "p-\(n)", title: text, summary: text, status: "ongoing", form: "dialogue",
                 districts: n == 2 ? [] : [text, "vivalla"], targetGroups: ["youth"], goals: n == 1 ? [] : [4, 17],
                 associations: n == 3 ? [] : [.init(id: UUID(), name: text, role: "lead")],
                 departments: [.init(slug: "kultur", name: text, role: "partner")],
                 starts: n.isMultiple(of: 2) ? "2026-01-0\(n % 9 + 1)" : nil, ends: nil, url: "https://example.se/projekt/p-\(n)")
        }
        let page = ProjectsAPIController.ListDTO(items: items, page: 2, per: 8, total: 99)
        let written = try JSONSerialization.jsonObject(with: Data(buffer: try #require(page.response().body.buffer))) as? NSDictionary
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(page)) as? NSDictionary
        #expect(written != nil && written == encoded)
        let decoded = try JSONDecoder().decode(ProjectsAPIController.ListDTO.self, from: Data(buffer: try #require(page.response().body.buffer)))
        #expect(decoded.items.map(\.title) == Self.awkward && decoded.items.map(\.starts) == items.map(\.starts))
    }

    @Test("nothing unescaped: control characters as \\u00XX, quotes and backslashes escaped, nil as null")
    func escapes() throws {
        var json = JSONWriter()
        json.array(["a\"b", "c\\d", "\u{1}", nil] as [String?]) { $0.string($1) }
        #expect(String(buffer: json.buffer) == #"["a\"b","c\\d","\u0001",null]"#)
        var empty = JSONWriter()
        empty.object { json in
            json.key("list"); json.array([Int]()) { $0.int($1) }
            json.key("object"); json.object { _ in }
            json.key("n"); json.int(-7)
        }
        #expect(String(buffer: empty.buffer) == #"{"list":[],"object":{},"n":-7}"#)
    }
}
