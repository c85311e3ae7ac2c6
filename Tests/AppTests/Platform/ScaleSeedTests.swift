@testable import App
@testable import Demo
import Testing
import Vapor
import Fluent

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
}
