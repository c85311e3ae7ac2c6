@testable import App
import Testing
import Fluent
import Domain

/// The directory's counts kept between answers (`app.directoryCounts`): a count is made once for a
/// filter, served to its other pages, and made again after an association changes. `SearchMixTests`
/// compares kept counts with a plain query over a seeded mix, before and after changes.
@Suite("Directory: counts kept between pages, retired by a change")
struct DirectoryCountsTests {
    @Test("the plain list is counted once for all its pages, and again after an association is registered")
    func plainList() async throws {
        try await TestApp.run { ctx in
            // setup
            let query = DirectoryQuery(ctx.app.db, keepingCountsIn: ctx.app)
            let verified = try await Association.query(on: ctx.app.db).filter(\.$status == .verified).count()
            #expect(verified > 5)

            // act: three pages of the plain list
            var totals: [Int] = []
            for number in 1...3 { totals.append(try await query.page(.init(), PageRequest(number: number, size: 2)).total) }

            // check: one count, right, served to the other pages
            #expect(totals == [verified, verified, verified])
            #expect(ctx.app.directoryCounts.counts.made == 1 && ctx.app.directoryCounts.counts.hits == 2)

            // act: a new verified association, and a pending one (not in the directory)
            try await ctx.association("Nyräknade föreningen")
            try await ctx.association("Väntande föreningen", status: .pending)

            // check: counted again, with the verified one only; the API says the same
            #expect(try await query.page(.init(), PageRequest(number: 2, size: 2)).total == verified + 1)
            #expect(ctx.app.directoryCounts.counts.made == 2)
            let (_, body) = try await ctx.json("/api/v1/associations?per=2&page=3")
            #expect((body as? [String: Any])?["total"] as? Int == verified + 1)
        }
    }

    @Test("a search's pages share one count on SQLite, and a page after the first reads only itself")
    func searchPages() async throws {
        try await TestApp.run { ctx in
            // setup: the category with the most associations, counted afresh
            var best: (category: AssociationCategory, total: Int)?
            for category in AssociationCategory.allCases {
                let total = try await DirectoryQuery(ctx.app.db).page(.init(category: category), PageRequest(number: 1, size: 2)).total
                if total > best?.total ?? 0 { best = (category, total) }
            }
            let (category, expected) = try #require(best)
            #expect(expected > 4)
            let filter = DirectoryQuery.Filter(category: category)
            let query = DirectoryQuery(ctx.app.db, keepingCountsIn: ctx.app)

            // act
            var pages: [[UUID]] = []
            for number in 1...3 {
                let found = try await query.page(filter, PageRequest(number: number, size: 2))
                #expect(found.total == expected && found.totalIsExact)
                pages.append(found.items.map(\.id))
            }

            // check: counted once on SQLite (PostgreSQL counts the posting lists it reads for the
            // page, and keeps nothing); three full pages, none the same
            let counts = ctx.app.directoryCounts.counts
            #expect(ctx.app.db.isPostgres ? counts.made == 0 && counts.hits == 0 : counts.made == 1 && counts.hits == 2)
            #expect(pages.allSatisfy { $0.count == 2 } && Set(pages.joined()).count == 6)
        }
    }
}
