@testable import App
import Testing
import Vapor
import Fluent
import Domain
import Views

@Suite("Calls for partners in the subscriptions: a notice once per address, or a line in Monday's digest")
struct CallNoticeTests {
    @Test("subscribers of the call's categories get it once, however often the look runs; weekly ones get it on Monday")
    func notices() async throws {
        try await TestApp.run { ctx in
            try await SubscriptionTests.subscribe(ctx, "p:1", email: "npf@example.org", frequency: .each, [.category(.disability)])
            try await SubscriptionTests.subscribe(ctx, "a:1", email: "NPF@example.org", frequency: .each, [.category(.disability)])
            try await SubscriptionTests.subscribe(ctx, "p:2", email: "weekly@example.org", frequency: .weekly, [.category(.disability)])
            try await SubscriptionTests.subscribe(ctx, "p:3", email: "sport@example.org", frequency: .each, [.category(.sport)])
            #expect(try await CallNotices.run(ctx.app) >= 1)
            try await CallNotices.run(ctx.app)
            let about = { (address: String) in
                try await ctx.mails(to: address).filter { $0.subject.contains("Vi söker föreningar med kunskap om NPF") }
            }
            let npf = try await about("npf@example.org") + (try await about("NPF@example.org"))
            #expect(npf.map(\.subject) == ["Kommunen söker föreningar: Vi söker föreningar med kunskap om NPF"])
            let unsubscribe = String(SiteURL.consultations(.unsubscribe(.value("x"))).path.dropLast())
            #expect(npf.first?.body.contains(unsubscribe) == true && npf.first?.body.contains("{unsubscribe}") == false)
            let sport = try await about("sport@example.org"), weekly = try await about("weekly@example.org")
            #expect(sport.isEmpty && weekly.isEmpty)
            // A closed call is never noticed.
            let closed = try #require(try await Call.query(on: ctx.app.db).filter(\.$title == "Föreningar som vill ordna sommarlovsaktiviteter").first())
            #expect(try await CallNotice.query(on: ctx.app.db).filter(\.$call.$id == closed.id!).count() == 0)
            // Monday at 07:00 or later: the weekly subscriber's digest names the call under its own heading, once.
            var sent = 0
            for _ in 0..<(8 * 24) where sent == 0 {
                ctx.clock.advance(by: 3600)
                sent = try await ConsultationDigest.run(ctx.app)
            }
            let digest = try await ctx.mails(to: "weekly@example.org")
            #expect(digest.count == 1 && digest[0].body.contains("Nya efterlysningar från kommunen:")
                    && digest[0].body.contains("Vi söker föreningar med kunskap om NPF"))
            #expect(try await ctx.app.count(CallDigestItem.self) == 0)
        }
    }
}
