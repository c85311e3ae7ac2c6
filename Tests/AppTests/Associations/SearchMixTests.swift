@testable import App
import Testing
import Vapor
import Fluent
import SQLKit
import Domain

/// The directory's fast paths (the tags in the search index, the one-pass and directory-order
/// plans) against a plain, slow query that states what a search means: a sample of searches like
/// `bench/run --search-mix` asks, with words, 0–3 filters and pages, on both databases, before and
/// after tags, "joined" and statuses change. With the count's ceiling lowered to 5 as well, so the
/// "more than" totals are checked with the demo's 64 associations.
@Suite("Directory: every search gives what a plain query gives")
struct SearchMixTests {
    struct Search: CustomStringConvertible {
        var filter = DirectoryQuery.Filter()
        var page = 1
        var description: String {
            "q=\(filter.terms.words) category=\(filter.category?.rawValue ?? "-") district=\(filter.districtID?.uuidString.prefix(8) ?? "-") "
                + "group=\(filter.targetGroup?.rawValue ?? "-") competence=\(filter.competence) joined=\(filter.joinedOnly) page=\(page)"
        }
    }

    /// What a search means, written plainly: verified, the words (through the words-only index),
    /// each filter as `EXISTS`, in directory order, nothing capped.
    func plain(_ filter: DirectoryQuery.Filter, on sql: any SQLDatabase) async throws -> [UUID] {
        var select = sql.select().column("id").from(Association.schema).where("status", .equal, "verified")
        if !filter.terms.isEmpty { select = select.where(sql.associationSearch.condition(filter.terms, tags: [])) }
        func tagged(_ table: String, _ column: String, _ value: any Encodable & Sendable) {
            select = select.where(SQLQueryString(
                "EXISTS (SELECT 1 FROM \(ident: table) t WHERE t.association_id = associations.id AND t.\(ident: column) = \(bind: value))"))
        }
        if let category = filter.category { tagged("association_categories", "category", category.rawValue) }
        if let district = filter.districtID { tagged("association_districts", "district_id", district) }
        if let group = filter.targetGroup { tagged("association_target_groups", "target_group", group.rawValue) }
        let competence = Words.of(filter.competence).joined(separator: " ")
        if !competence.isEmpty {
            select = select.where(SQLQueryString("""
                EXISTS (SELECT 1 FROM association_competences t WHERE t.association_id = associations.id \
                AND substr(t.competence, 1, \(literal: competence.count)) = \(bind: competence))
                """))
        }
        if filter.joinedOnly { select = select.where("joined_since", .isNot, SQLLiteral.null) }
        return try await select.orderBy("sort_key").all().map { try $0.decode(column: "id", as: UUID.self) }
    }

    /// A seeded sample: words from the register's own names and the mix's vocabulary, 0–3 filters.
    func sample(_ count: Int, on db: any Database) async throws -> [Search] {
        var random = SplitMix64(seed: 23)
        let names = try await Association.query(on: db).filter(\.$status == .verified).all().map(\.name)
        let fromNames = Set(names.flatMap { Words.of($0) }.filter { $0.count >= 4 }.map { String($0.prefix(5)) })
        let words = fromNames.sorted() + ["förening", "unga", "läxhjälp", "musik", "kör", "vivalla", "npf", "barn", "å"]
        let districts = try await District.query(on: db).all().compactMap(\.id)
        let competences = ["npf", "läxhjälp", "tolkning", "musik", "digital", "ledarskap"]
        return (0..<count).map { _ in
            var search = Search()
            let wordCount = [0, 1, 1, 1, 2].randomElement(using: &random)!
            search.filter.terms = SearchTerms((0..<wordCount).map { _ in words.randomElement(using: &random)! }.joined(separator: " "))
            for _ in 0..<Int.random(in: 0...3, using: &random) {
                switch Int.random(in: 0..<5, using: &random) {
                case 0: search.filter.category = AssociationCategory.allCases.randomElement(using: &random)
                case 1: search.filter.districtID = districts.randomElement(using: &random)
                case 2: search.filter.targetGroup = TargetGroup.allCases.randomElement(using: &random)
                case 3: search.filter.competence = competences.randomElement(using: &random)!
                default: search.filter.joinedOnly = true
                }
            }
            search.page = [1, 1, 2, 3].randomElement(using: &random)!
            return search
        }
    }

    func check(_ searches: [Search], ceiling: Int, _ ctx: TestApp.Context) async throws -> (nonEmpty: Int, overCeiling: Int) {
        // Counted every time, and with the counts kept between answers as the pages and the API keep
        // them: asked twice, so that the second answer takes the kept count and reads only its page.
        let keeping = DirectoryQuery(ctx.app.db, ceiling: ceiling, keepingCountsIn: ctx.app)
        // PostgreSQL reads the lists' chunks by name when they are few, else all: both ways.
        var allChunks = DirectoryQuery(ctx.app.db, ceiling: ceiling)
        allChunks.fewChunks = 0
        let queries = [DirectoryQuery(ctx.app.db, ceiling: ceiling), keeping, keeping, allChunks]
        let sql = ctx.app.db as! any SQLDatabase
        var nonEmpty = 0, overCeiling = 0
        for search in searches {
            let expected = try await plain(search.filter, on: sql)
            let request = PageRequest(number: search.page, size: 4)
            let slice = Array(expected.dropFirst(request.offset).prefix(request.size))
            for query in queries {
                let found = try await query.page(search.filter, request)
                let kept = query.app == nil ? "" : " (counts kept)"
                #expect(found.items.map(\.id) == slice, "\(search)\(kept)")
                #expect(found.total == min(expected.count, ceiling), "total of \(search)\(kept): \(expected.count) match")
                #expect(found.totalIsExact == (expected.count <= ceiling), "\(search)\(kept)")
            }
            if !slice.isEmpty { nonEmpty += 1 }
            if expected.count > ceiling { overCeiling += 1 }
        }
        return (nonEmpty, overCeiling)
    }

    @Test("a seeded sample of words, filters and pages, before and after tags, joined and statuses change")
    func sample() async throws {
        try await TestApp.run { ctx in
            let searches = try await sample(150, on: ctx.app.db)
            let exact = try await check(searches, ceiling: DirectoryQuery.countCeiling, ctx)
            let capped = try await check(searches, ceiling: 5, ctx)
            // The sample is not vacuous: it finds rows, and reaches past the lowered ceiling.
            #expect(exact.nonEmpty >= 40)
            #expect(capped.overCeiling >= 20)

            // Change tags, "joined" and a status through the app's own writes; the index follows.
            var random = SplitMix64(seed: 7)
            let districts = try await District.query(on: ctx.app.db).all().compactMap(\.id)
            let changed = try await Association.query(on: ctx.app.db).filter(\.$status == .verified).sort(\.$sortKey).range(..<12).all()
            let tags = changed.indices.map { index in
                (AssociationCategory.allCases.randomElement(using: &random)!, TargetGroup.allCases.randomElement(using: &random)!,
                 Array(districts.shuffled(using: &random).prefix(index % 3)))
            }
            try await ctx.app.change(label: "test") { change in
                for (index, association) in changed.enumerated() {
                    // Two lose every tag: only the tag tables' delete triggers see that.
                    let cleared = index == 6 || index == 7
                    try await AssociationStore.replaceTags(of: association.id!, categories: cleared ? [] : [tags[index].0],
                                                           targetGroups: cleared ? [] : [tags[index].1], districtIDs: cleared ? [] : tags[index].2,
                                                           competences: cleared ? [] : ["npf"], on: change.db)
                    association.joinedSince = association.joinedSince == nil ? Date() : nil
                    if index == 5 { association.status = .pending }
                    try await association.save(on: change.db)
                }
                try await change.audit("association.edit", "association", "many", "test")
            }
            _ = try await check(searches, ceiling: DirectoryQuery.countCeiling, ctx)
            _ = try await check(searches, ceiling: 5, ctx)
            let sql = ctx.app.db as! any SQLDatabase
            guard !ctx.app.db.isPostgres else {
                // The migration on a register that is already there: its revert, and the tags
                // filled from the tag tables in one pass when it runs again; the posting lists,
                // which read the vector, go first and come back last, as a rollback and a migration run.
                try await CreateDirectoryPostingsOnPostgres().revert(on: ctx.app.db)
                try await IndexAssociationTagsOnPostgres().revert(on: ctx.app.db)
                let columns = try await sql.raw("SELECT column_name FROM information_schema.columns WHERE table_name = 'associations'").all()
                    .map { try $0.decode(column: "column_name", as: String.self) }
                #expect(!columns.contains("tags") && columns.contains("search_vector"))
                try await IndexAssociationTagsOnPostgres().prepare(on: ctx.app.db)
                try await CreateDirectoryPostingsOnPostgres().prepare(on: ctx.app.db)
                _ = try await check(searches, ceiling: DirectoryQuery.countCeiling, ctx)
                return
            }
            try await sql.raw("INSERT INTO association_search(association_search, rank) VALUES ('integrity-check', 0)").run()
            // The migration on a register that is already there: its revert, and the tags filled
            // from the tag tables in one pass when it runs again.
            try await IndexAssociationTags().revert(on: ctx.app.db)
            let columns = try await sql.raw("SELECT name FROM pragma_table_info('associations')").all().map { try $0.decode(column: "name", as: String.self) }
            #expect(!columns.contains("tags"))
            try await IndexAssociationTags().prepare(on: ctx.app.db)
            _ = try await check(searches, ceiling: DirectoryQuery.countCeiling, ctx)
            try await sql.raw("INSERT INTO association_search(association_search, rank) VALUES ('integrity-check', 0)").run()
        }
    }
}
