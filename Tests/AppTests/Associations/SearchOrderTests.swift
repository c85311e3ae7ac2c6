@testable import App
import Testing
import Vapor
import Fluent
import SQLKit
import Domain

/// The search index keeps the directory's order itself on SQLite (CreateDirectoryOrder); these
/// hold on both databases, through the API a reader uses.
@Suite("Search results in directory order, through inserts, renames, status changes and deletes")
struct SearchOrderTests {
    func page(_ ctx: TestApp.Context, _ query: String, page: Int = 1, per: Int = 50) async throws -> (names: [String], total: Int) {
        let body = try #require(try await ctx.json("/api/v1/associations?q=\(query)&page=\(page)&per=\(per)").body as? [String: Any])
        return ((body["items"] as? [[String: Any]] ?? []).compactMap { $0["name"] as? String }, body["total"] as? Int ?? -1)
    }

    @Test("forty associations squeezed between two neighbours still come out in order, page by page")
    func squeezed() async throws {
        try await TestApp.run(demo: false) { ctx in
            try await ctx.association("A-laget bollklubb")
            try await ctx.association("Ö-laget bollklubb")
            // Each new name sorts just after the one before and before "Ö-laget": every insert
            // halves the room left, so the positions run out and the rows after are spread apart.
            var expected = ["A-laget bollklubb"]
            for n in 1...40 {
                let name = "B-laget bollklubb " + String(repeating: "b", count: n)
                try await ctx.association(name)
                expected.append(name)
            }
            expected.append("Ö-laget bollklubb")
            let all = try await page(ctx, "bollklubb")
            #expect(all.names == expected)
            #expect(all.total == 42)
            let second = try await page(ctx, "bollklubb", page: 2, per: 20)
            #expect(second.names == Array(expected[20..<40]))
            #expect(try await page(ctx, "bollklubb", page: 3, per: 20).names == Array(expected[40...]))
            // past the last page: "not found", not an empty page to cache
            #expect(try await ctx.json("/api/v1/associations?q=bollklubb&page=5&per=20").status == 404)
            try await DirectoryPostingsTests.hold(ctx)
            if !ctx.app.db.isPostgres {
                // Spread apart after "A-laget", never renumbered: the first position is still 2⁶¹.
                #expect(try await Self.firstPosition(ctx) == CreateDirectoryOrder.top / 2)
            }
        }
    }

    static func firstPosition(_ ctx: TestApp.Context) async throws -> Int64? {
        try await (ctx.app.db as! any SQLDatabase).raw("SELECT min(position) AS p FROM directory_order").first()?.decode(column: "p", as: Int64.self)
    }

    @Test("a name with no room where even the widest window after it is crowded renumbers everything, and stays in order")
    func crowded() async throws {
        try await TestApp.run(demo: false) { ctx in
            guard !ctx.app.db.isPostgres else { return }
            try await ctx.association("A-laget bollklubb")
            try await ctx.association("Ö-laget bollklubb")
            // setup: more rows than the widest window, one position apart, right after "A-laget"
            let sql = ctx.app.db as! any SQLDatabase
            let crowd = RespaceDirectoryLocally.windows.max()! + 10
            try await sql.raw("""
                WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < \(unsafeRaw: String(crowd)))
                INSERT INTO directory_order(association_rowid, sort_key, position)
                SELECT 1000000 + i, printf('b%06d', i), \(unsafeRaw: String(CreateDirectoryOrder.top / 2)) + i FROM n
                """).run()

            // act: a name between "A-laget" and the crowd
            try await ctx.association("B-laget bollklubb")

            // check: renumbered from the associations themselves (the crowd was no association), in order
            #expect(try await Self.firstPosition(ctx) == CreateDirectoryOrder.step)
            #expect(try await page(ctx, "bollklubb").names == ["A-laget bollklubb", "B-laget bollklubb", "Ö-laget bollklubb"])
        }
    }

    @Test("two hundred names at one spot, some renamed on the way, are spread apart locally and found in order")
    func respacedLocally() async throws {
        try await TestApp.run(demo: false) { ctx in
            try await ctx.association("A-laget bollklubb")
            try await ctx.association("Ö-laget bollklubb")
            var names = ["A-laget bollklubb", "Ö-laget bollklubb"]
            for n in 1...200 {
                let name = "Blandad bollklubb \(n)"
                let created = try await ctx.association(name)
                names.append(name)
                if n % 50 == 0 {
                    // a rename to the same spot
                    try await ctx.app.change(label: "test") { change in
                        let row = try #require(try await Association.find(created.id, on: change.db))
                        row.name = name + " ny"
                        try await row.update(on: change.db)
                        try await change.audit("association.update", "association", created.id!.uuidString)
                    }
                    names[names.count - 1] = name + " ny"
                }
            }
            let expected = names.sorted { AssociationName.sortKey($0) < AssociationName.sortKey($1) }
            var found: [String] = []
            for number in 1...5 { found += try await page(ctx, "bollklubb", page: number, per: 50).names }
            #expect(found == expected)
            try await DirectoryPostingsTests.hold(ctx)
            if !ctx.app.db.isPostgres { #expect(try await Self.firstPosition(ctx) == CreateDirectoryOrder.top / 2) }
        }
    }

    @Test("a rename moves an association, only verified ones are found, a deleted one is gone")
    func changes() async throws {
        try await TestApp.run(demo: false) { ctx in
            let cyklar = try await ctx.association("Cykelklubben Hjulet", description: "Vi cyklar tillsammans.")
            try await ctx.association("Bergs cykelförening", description: "Vi cyklar i skogen.")
            let pending = try await ctx.association("Dalens cykelvänner", status: .pending, description: "Vi cyklar på dalen.")
            #expect(try await page(ctx, "cyklar").names == ["Bergs cykelförening", "Cykelklubben Hjulet"])

            try await ctx.app.change(label: "test") { change in
                cyklar.rename("Allmänna cykelklubben")
                cyklar.description = "Vi cyklar och meckar."
                try await cyklar.save(on: change.db)
                try await change.audit("association.edit", "association", cyklar.id!.uuidString, "test")
            }
            #expect(try await page(ctx, "cyklar").names == ["Allmänna cykelklubben", "Bergs cykelförening"])
            #expect(try await page(ctx, "meckar").names == ["Allmänna cykelklubben"])
            #expect(try await page(ctx, "hjulet").names.isEmpty)

            try await ctx.app.change(label: "test") { change in
                pending.status = .verified
                try await pending.save(on: change.db)
                try await change.audit("association.verify", "association", pending.id!.uuidString, "test")
            }
            #expect(try await page(ctx, "cyklar").names == ["Allmänna cykelklubben", "Bergs cykelförening", "Dalens cykelvänner"])

            try await ctx.app.change(label: "test") { change in
                try await AssociationStore.replaceTags(of: cyklar.id!, categories: [], targetGroups: [], districtIDs: [], competences: [], on: change.db)
                try await cyklar.delete(on: change.db)
                try await change.audit("association.delete", "association", cyklar.id!.uuidString, "test")
            }
            #expect(try await page(ctx, "cyklar").names == ["Bergs cykelförening", "Dalens cykelvänner"])
            try await DirectoryPostingsTests.hold(ctx)
            if !ctx.app.db.isPostgres {
                let sql = ctx.app.db as! any SQLDatabase
                let check = try await sql.raw("PRAGMA integrity_check").first()?.decode(column: "integrity_check", as: String.self)
                #expect(check == "ok")
                try await sql.raw("INSERT INTO association_search(association_search, rank) VALUES ('integrity-check', 0)").run()
            }
        }
    }

    @Test("a search brings each association's categories and districts, the same as the plain list")
    func tags() async throws {
        try await TestApp.run { ctx in
            func items(_ path: String) async throws -> [String: [String: Any]] {
                let body = try #require(try await ctx.json(path).body as? [String: Any])
                return Dictionary(uniqueKeysWithValues: (body["items"] as? [[String: Any]] ?? []).map { ($0["id"] as! String, $0) })
            }
            let searched = try await items("/api/v1/associations?q=f%C3%B6rening&per=50")
            let listed = try await items("/api/v1/associations?per=50").merging(try await items("/api/v1/associations?per=50&page=2")) { a, _ in a }
            #expect(searched.count >= 5)
            var withDistricts = 0
            for (id, item) in searched {
                let plain = try #require(listed[id])
                #expect(item["categories"] as? [String] == plain["categories"] as? [String])
                #expect(item["districts"] as? [String] == plain["districts"] as? [String])
                if !(item["districts"] as? [String] ?? []).isEmpty { withDistricts += 1 }
            }
            #expect(withDistricts > 0)
        }
    }

    @Test("the migration converts a register that is already there, and its revert gives the old index back")
    func migration() async throws {
        try await TestApp.run { ctx in
            guard !ctx.app.db.isPostgres else { return }
            let sql = ctx.app.db as! any SQLDatabase
            let before = try await page(ctx, "f%C3%B6rening")
            #expect(before.total > 5)
            try await CreateDirectoryOrder().revert(on: ctx.app.db)
            let old = try await sql.raw("SELECT COUNT(*) AS n FROM associations_fts WHERE associations_fts MATCH '\"förening\"*'").first()
            let verified = try await sql.raw("""
                SELECT COUNT(*) AS n FROM associations WHERE status = 'verified'
                AND rowid IN (SELECT rowid FROM associations_fts WHERE associations_fts MATCH '"förening"*')
                """).first()
            #expect(try verified?.decode(column: "n", as: Int.self) == before.total)
            #expect(try old?.decode(column: "n", as: Int.self) ?? 0 >= before.total)
            try await CreateDirectoryOrder().prepare(on: ctx.app.db)
            #expect(try await page(ctx, "f%C3%B6rening").names == before.names)
            #expect(try await page(ctx, "f%C3%B6rening").total == before.total)
        }
    }
}

