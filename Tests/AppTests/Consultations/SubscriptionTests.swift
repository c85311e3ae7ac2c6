@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Consultations: subscriptions — fan-out once per address and event, weekly digest, unsubscribe without signing in")
struct SubscriptionTests {
    static func subscribe(_ ctx: TestApp.Context, _ owner: String, email: String, frequency: SubscriptionFrequency,
                          _ topics: [SubscriptionTopic]) async throws {
        try await ctx.app.change(label: "test") { change in
            let subscriber = Subscriber()
            subscriber.createdAt = change.now
            subscriber.ownerKey = owner
            subscriber.email = email
            subscriber.name = email
            subscriber.language = "sv"
            subscriber.frequency = frequency
            subscriber.token = SecureToken.make()
            try await subscriber.create(on: change.db)
            for topic in topics { try await SubscriberTopic(subscriberID: subscriber.id!, topic: topic).create(on: change.db) }
            try await change.audit("test", "subscriber", subscriber.id!.uuidString)
        }
    }

    @Test("each subscriber gets each notice once, even when two topics or two subscriptions match; weekly ones get Monday's digest")
    func fanOut() async throws {
        try await TestApp.run { ctx in
            let vivalla = try #require(try await District.query(on: ctx.app.db).filter(\.$name == "Vivalla").first()?.id)
            let bettorp = try #require(try await District.query(on: ctx.app.db).filter(\.$name == "Bettorp").first()?.id)
            try await Self.subscribe(ctx, "p:1", email: "both@example.org", frequency: .each, [.district(DistrictID(vivalla)), .category(.youth)])
            try await Self.subscribe(ctx, "a:1", email: "Both@example.org", frequency: .each, [.category(.tenants)]) // same address
            try await Self.subscribe(ctx, "p:2", email: "weekly@example.org", frequency: .weekly, [.district(DistrictID(vivalla))])
            try await Self.subscribe(ctx, "p:3", email: "elsewhere@example.org", frequency: .each, [.district(DistrictID(bettorp)), .category(.sport)])
            let playground = try #require(try await Consultation.query(on: ctx.app.db).filter(\.$caseNumber == "TN 2026/55").first())
            #expect(ConsultationNoticeEvent.due(playground.dates, at: ctx.clock.now) == .opened)
            #expect(try await ConsultationNotices.send(ctx.app, playground, .opened) == 1)
            let about = { (address: String) in try await ctx.mails(to: address).filter { $0.subject.contains("Ny lekplats i Vivalla") } }
            // One mail for the address, whichever of its two subscriptions it went out under
            let sameAddress = try await about("both@example.org") + (try await about("Both@example.org"))
            #expect(sameAddress.map(\.subject) == ["Samrådet har öppnat: Ny lekplats i Vivalla"])
            #expect(try await about("elsewhere@example.org").isEmpty)
            #expect(try await about("weekly@example.org").isEmpty)
            #expect(try await DigestItem.query(on: ctx.app.db).filter(\.$consultation.$id == playground.id!).count() == 1)
            // The regular look (or a second instance) finds it sent and sends it no more
            try await ConsultationNotices.run(ctx.app)
            try await ConsultationNotices.run(ctx.app)
            #expect(try await about("both@example.org").count + (try await about("Both@example.org").count) == 1)
            #expect(try await ConsultationNotices.send(ctx.app, playground, .opened) == 0)
            // Next Monday at 07:00: one digest mail; a second run the same day sends nothing
            ctx.clock.advance(by: 7 * 86_400 - 3600)
            #expect(try await ConsultationDigest.run(ctx.app) >= 1)
            #expect(try await ConsultationDigest.run(ctx.app) == 0)
            let digest = try await ctx.mails(to: "weekly@example.org")
            #expect(digest.count == 1 && digest[0].body.contains("Ny lekplats i Vivalla"))
            #expect(try await ctx.app.count(DigestItem.self) == 0)
        }
    }

    @Test("the unsubscribe link works without signing in, and a second use says the link is no longer valid")
    func unsubscribe() async throws {
        try await TestApp.run { ctx in
            let vivalla = try #require(try await District.query(on: ctx.app.db).filter(\.$name == "Vivalla").first()?.id)
            try await Self.subscribe(ctx, "p:1", email: "leaving@example.org", frequency: .each, [.district(DistrictID(vivalla))])
            try await ConsultationNotices.run(ctx.app)
            let body = try #require(try await ctx.mails(to: "leaving@example.org").first?.body)
            let link = try #require(body.split(separator: "\n").first { $0.contains("/samrad/bevakning/avsluta/") })
            let path = String(link.dropFirst(ctx.app.settings.baseURL.absoluteString.count))
            let visitor = ctx.browser()
            let page = try await visitor.get(path)
            #expect(page.status == .ok && page.body.string.contains("leaving@example.org"))
            #expect(try await ctx.app.count(Subscriber.self) == 2) // the demo's and this one: looking changes nothing
            let done = try await visitor.post(path, [:])
            #expect(done.status == .ok && done.body.string.contains("Du får inga fler mejl om samråd"), "\(done.status) \(done.body.string.prefix(3000))")
            #expect(try await Subscriber.query(on: ctx.app.db).filter(\.$email == "leaving@example.org").count() == 0)
            #expect(try await ctx.app.count(SubscriberTopic.self) == 1)
            #expect(try await visitor.get(path).status == .notFound)
        }
    }

    @Test("a person subscribes for themselves or an association they represent; an empty choice is refused")
    func subscribing() async throws {
        try await TestApp.run { ctx in
            let club = try await ctx.association("Glanshammars IF", category: .sport, representative: Demo.member)
            let other = try await ctx.association("Adolfsbergs IK", category: .sport)
            let rep = try await ctx.signedIn(Demo.member)
            let id = club.id!.uuidString.lowercased()
            try await rep.get("/samrad/bevakning?for=\(id)")
            let empty = try await rep.post("/samrad/bevakning", ["for": id, "frequency": "each"])
            #expect(empty.status == .unprocessableEntity && empty.body.string.contains("Välj minst ett område"))
            try await rep.get("/samrad/bevakning?for=\(id)")
            #expect(try await rep.post("/samrad/bevakning", ["for": id, "frequency": "weekly", "categories[]": "sport"]).status == .seeOther)
            let saved = try #require(try await Subscriber.query(on: ctx.app.db).filter(\.$ownerKey == "a:\(id)").with(\.$topics).first())
            #expect(saved.frequency == .weekly && saved.topics.map(\.value) == ["sport"])
            #expect(try await rep.get("/samrad/bevakning?for=\(other.id!.uuidString.lowercased())").status == .forbidden)
            #expect(try await ctx.browser().get("/samrad/bevakning").status == .seeOther)
            try await rep.get("/samrad/bevakning?for=\(id)")
            #expect(try await rep.post("/samrad/bevakning", ["for": id, "intent": "stop"]).status == .seeOther)
            #expect(try await Subscriber.query(on: ctx.app.db).filter(\.$ownerKey == "a:\(id)").count() == 0)
        }
    }
}
