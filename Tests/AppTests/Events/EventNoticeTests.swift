@testable import App
import Testing
import Vapor
import Fluent
import Domain
import Views

@Suite("New events in the subscriptions: those who follow the district hear once, or on Monday")
struct EventNoticeTests {
    @Test("a new event in Vivalla is mailed once to Vivalla's subscribers, put in a weekly one's digest, and to no one else")
    func notices() async throws {
        try await TestApp.run { ctx in
            let vivalla = try #require(try await District.query(on: ctx.app.db).filter(\.$slug == "vivalla").first()).typedID
            let other = try #require(try await District.query(on: ctx.app.db).filter(\.$slug != "vivalla").first()).typedID
            try await SubscriptionTests.subscribe(ctx, "p:1", email: "vivalla@example.org", frequency: .each, [.district(vivalla)])
            try await SubscriptionTests.subscribe(ctx, "p:2", email: "weekly@example.org", frequency: .weekly, [.district(vivalla)])
            try await SubscriptionTests.subscribe(ctx, "p:3", email: "other@example.org", frequency: .each, [.district(other)])
            try await SubscriptionTests.subscribe(ctx, "p:4", email: "sport@example.org", frequency: .each, [.category(.sport)])
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/evenemang/nytt", try await EventTests.form(ctx, ["title": "Pingis i Vivalla"])).status == .seeOther)
            #expect(try await EventNotices.run(ctx.app) >= 1)
            #expect(try await EventNotices.run(ctx.app) == 0) // once
            let about = { (address: String) in try await ctx.mails(to: address).filter { $0.subject.contains("Pingis i Vivalla") } }
            let told = try await about("vivalla@example.org")
            #expect(told.map(\.subject) == ["Nytt evenemang i Vivalla: Pingis i Vivalla"])
            #expect(told.first?.body.contains("Vivalla bibliotek") == true && told.first?.body.contains("{unsubscribe}") == false)
            for address in ["weekly@example.org", "other@example.org", "sport@example.org"] { #expect(try await about(address).isEmpty, "\(address)") }
            // Cancelled before it was noticed: never told.
            #expect(try await staff.submit("/evenemang/nytt", try await EventTests.form(ctx, ["title": "Inställd kväll"])).status == .seeOther)
            let cancelled = try await EventTests.event(ctx, "Inställd kväll")
            #expect(try await staff.submit("/evenemang/\(cancelled.slug)", to: "/evenemang/\(cancelled.slug)/stall-in", [:]).status == .seeOther)
            try await EventNotices.run(ctx.app)
            #expect(try await EventNotice.query(on: ctx.app.db).filter(\.$event.$id == cancelled.id!).count() == 0)
            // Monday at 07:00 or later: the weekly subscriber's digest names it under its own heading, once.
            var sent = 0
            for _ in 0..<(8 * 24) where sent == 0 {
                ctx.clock.advance(by: 3600)
                sent = try await ConsultationDigest.run(ctx.app)
            }
            let digest = try await ctx.mails(to: "weekly@example.org")
            #expect(digest.count == 1 && digest[0].body.contains("Nya evenemang i områdena du bevakar:") && digest[0].body.contains("Pingis i Vivalla"))
            #expect(try await ctx.app.count(EventDigestItem.self) == 0)
        }
    }
}
