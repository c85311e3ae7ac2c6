@testable import App
@testable import Demo
import Testing
import Vapor
import Fluent
import SQLKit

@Suite("seed --scale: synthetic data that a started server treats as old news")
struct ScaleSeedTests {
    @Test("after the demo and a scale seed, the notice jobs find nothing to tell: the synthetic subscribers get no burst of mail at the first start")
    func noNoticeBurst() async throws {
        try await TestApp.run { ctx in
            // The demo's events have not been told to anyone: the first start would tell them.
            #expect(try await ctx.app.count(EventNotice.self) < ctx.app.count(Event.self))
            try await ScaleSeeder(app: ctx.app, count: 200, seed: 1).run { _, _ in }
            #expect(try await ConsultationNotices.run(ctx.app) == 0)
            #expect(try await CallNotices.run(ctx.app) == 0)
            #expect(try await EventNotices.run(ctx.app) == 0)
            #expect(try await ctx.app.count(EventNotice.self) == ctx.app.count(Event.self))
        }
    }

    @Test("on PostgreSQL the seed leaves every page of the associations marked all-visible, as autovacuum keeps a register in use")
    func compacted() async throws {
        try await TestApp.run { ctx in
            guard ctx.app.db.isPostgres else { return }
            try await ScaleSeeder(app: ctx.app, count: 200, seed: 1).run { _, _ in }
            let sql = ctx.app.db as! any SQLDatabase
            let row = try #require(try await sql.raw("SELECT relpages, relallvisible FROM pg_class WHERE oid = 'associations'::regclass").first())
            let pages = try row.decode(column: "relpages", as: Int32.self), visible = try row.decode(column: "relallvisible", as: Int32.self)
            #expect(pages > 0)
            #expect(visible == pages, "\(visible) of \(pages) pages all-visible")
        }
    }
}
