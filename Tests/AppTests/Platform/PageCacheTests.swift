@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Cached pages for visitors who are not signed in")
struct PageCacheTests {
    @Test("an anonymous page gets an ETag; asking again with it gives 304; a change anywhere retires it")
    func etagAndInvalidation() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            let first = try await browser.get("/foreningar")
            let etag = try #require(first.headers.first(name: .eTag))
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .ifNoneMatch, value: etag)
            #expect(try await browser.get("/foreningar", headers: headers).status == .notModified)
            #expect(ctx.app.pageCache.count >= 1)

            try await ctx.association("Alldeles ny förening")
            let after = try await browser.get("/foreningar", headers: headers)
            #expect(after.status == .ok)
            #expect(after.body.string.contains("Alldeles ny förening"))
            #expect(after.headers.first(name: .eTag) != etag)
        }
    }

    @Test("an Atom feed, a calendar file and the events API are kept like a page, with their ETag; the rest of the JSON API is made per request")
    func feeds() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            let feed = try await browser.get("/samverkansradet/nyheter.atom")
            let etag = try #require(feed.headers.first(name: .eTag))
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .ifNoneMatch, value: etag)
            let again = try await browser.get("/samverkansradet/nyheter.atom", headers: headers)
            #expect(again.status == .notModified)
            let calendar = try await browser.get("/evenemang.ics")
            #expect(calendar.headers.first(name: .eTag) != nil && calendar.headers.contentType?.subType == "calendar")
            #expect(try await browser.get("/api/v1/follow-up/2026").headers.first(name: .eTag) == nil)
            #expect(try await browser.get("/health").headers.first(name: .eTag) == nil)
            // The events API: kept, and retired by a change to events like the list.
            let renders = ctx.app.pageCache.counts.computations
            let events = try await browser.get("/api/v1/events?kind=training")
            #expect(events.headers.first(name: .eTag) != nil && events.headers.contentType?.subType == "json")
            #expect(try await browser.get("/api/v1/events?kind=training").body.string == events.body.string)
            #expect(ctx.app.pageCache.counts.computations == renders + 1)
            #expect(try await browser.get("/api/v1/events?kind=nonsense").status == .badRequest)
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/evenemang/nytt", try await EventTests.form(ctx, ["kind": "training", "title": "Ny utbildning"])).status == .seeOther)
            #expect(try await browser.get("/api/v1/events?kind=training").body.string.contains("Ny utbildning"))
        }
    }

    @Test("the volunteering and staff-day APIs are kept like the pages they mirror; a change to their area retires them")
    func keptAPIs() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            var first: [String: String] = [:]
            for path in ["/api/v1/volunteering?per=50", "/api/v1/staff-days"] {
                let answer = try await browser.get(path)
                #expect(answer.headers.first(name: .eTag) != nil && answer.headers.contentType?.subType == "json", "\(path)")
                let renders = ctx.app.pageCache.counts.computations
                #expect(try await browser.get(path).body.string == answer.body.string, "\(path)")
                #expect(ctx.app.pageCache.counts.computations == renders, "\(path)")
                first[path] = answer.body.string
            }
            #expect(try await browser.get("/api/v1/volunteering?youth=maybe").status == .badRequest)
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/volontar/nytt", try await VolunteeringTests.form(ctx)).status == .seeOther)
            #expect(try await browser.get("/api/v1/volunteering?per=50").body.string.contains("Läshjälp för nyanlända"))
            let today = CalendarDay(ctx.clock.now).description
            #expect(try await staff.submit("/handlaggning/civilsamhallesdagar", ["day": today, "length": "full", "activity": "learned"]).status == .seeOther)
            #expect(try await browser.get("/api/v1/staff-days").body.string != first["/api/v1/staff-days"])
        }
    }

    @Test("signed-in pages and pages that start a session are never cached")
    func personalPagesNotCached() async throws {
        try await TestApp.run { ctx in
            let member = try await ctx.signedIn(Demo.member)
            let page = try await member.get("/foreningar")
            #expect(page.headers.first(name: .eTag) == nil)
            #expect(page.body.string.contains("Logga ut"))
            let login = try await ctx.browser().get("/konto/logga-in")
            #expect(login.headers.first(name: .eTag) == nil)
            // an anonymous visitor never sees the signed-in header
            #expect(!(try await ctx.browser().get("/foreningar").body.string.contains("Logga ut")))
        }
    }

    @Test("a new day retires yesterday's pages, so what depends on the date moves at midnight without a write")
    func newDay() async throws {
        try await TestApp.run { ctx in
            let before = try await ctx.browser().get("/samrad")
            #expect(before.body.string.contains("(15 dagar kvar)"))
            ctx.clock.advance(by: 86_400)
            let after = try await ctx.browser().get("/samrad")
            #expect(after.body.string.contains("(14 dagar kvar)") && !after.body.string.contains("(15 dagar kvar)"))
            #expect(after.headers.first(name: .eTag) != before.headers.first(name: .eTag))
        }
    }

    @Test("the private page of an inquiry is never kept, and says so")
    func privatePagesNotCached() async throws {
        try await TestApp.run { ctx in
            let (_, path, _) = try await ctx.ask()
            let page = try await ctx.browser().get(path)
            #expect(page.headers.first(name: .eTag) == nil && page.headers.first(name: .cacheControl) == "private, no-store")
        }
    }

    @Test("an event's page with its registration form is rendered once, and each visitor gets their own token and nonce; both register with them")
    func sharedForms() async throws {
        try await TestApp.run { ctx in
            let event = try await EventRegistrationTests.event(ctx, capacity: 5)
            let path = "/evenemang/\(event.slug)"
            let anna = ctx.browser(), bo = ctx.browser()
            let renders = ctx.app.pageCache.counts.computations
            let first = try await anna.get(path), second = try await bo.get(path)
            #expect(ctx.app.pageCache.counts.computations == renders + 1)
            for page in [first, second] {
                #expect(page.status == .ok && page.headers.first(name: .cacheControl) == "private, no-store" && page.headers.first(name: .eTag) == nil)
                #expect(!page.body.string.contains("samverka-token-") && !page.body.string.contains("samverka-nonce-"))
                #expect(page.body.string.contains("5 platser kvar."))
            }
            #expect(anna.csrfToken != nil && anna.csrfToken != bo.csrfToken && anna.submissionNonce != bo.submissionNonce)
            // A visitor whose cookie holds a token gets it again, with a new nonce.
            let nonce = anna.submissionNonce, token = anna.csrfToken
            try await anna.get(path)
            #expect(anna.csrfToken == token && anna.submissionNonce != nonce)
            #expect(try await anna.post(path + "/anmal", ["name": "Anna", "email": "anna@example.org"]).status == .seeOther)
            #expect(try await bo.post(path + "/anmal", ["name": "Bo", "email": "bo@example.org"]).status == .seeOther)
            // A token from another visitor's page is refused.
            let cecilia = ctx.browser()
            try await cecilia.get(path)
            #expect(try await cecilia.post(path + "/anmal", ["name": "Cecilia", "email": "c@example.org"], csrf: token).status == .forbidden)
            // The stand-ins are replaced as bytes, wherever they are, and nothing else is touched.
            let replaced = SharedForms.replacing([(Array("ab".utf8), Array("X".utf8)), (Array("åä".utf8), Array("ö".utf8))],
                                                 in: ByteBuffer(string: "aabab-båäa"))
            #expect(String(buffer: replaced) == "aXX-böa")
            // The registrations retired the kept page: the count is new.
            #expect(try await ctx.browser().get(path).body.string.contains("3 platser kvar."))
        }
    }

    @Test("a kept event page goes out of date by itself when its registration closes, with no write and before midnight")
    func closesWithoutWrite() async throws {
        try await TestApp.run { ctx in
            let event = try await EventRegistrationTests.event(ctx, capacity: 5)
            let path = "/evenemang/\(event.slug)", list = "/evenemang?kind=openHouse"
            // The day it starts, an hour before, then a minute after it started.
            ctx.clock.advance(by: event.startsAt.timeIntervalSince(ctx.clock.now) - 3600)
            #expect(try await ctx.browser().get(path).body.string.contains("name=\"email\""))
            #expect(try await ctx.browser().get(list).body.string.contains(event.title))
            let renders = ctx.app.pageCache.counts.computations
            #expect(try await ctx.browser().get(path).body.string.contains("name=\"email\""))
            #expect(ctx.app.pageCache.counts.computations == renders) // kept
            ctx.clock.advance(by: 3660)
            let after = try await ctx.browser().get(path).body.string
            #expect(after.contains("Det går inte att anmäla sig längre.") && !after.contains("name=\"email\""))
            // Over: gone from the list the same day.
            ctx.clock.advance(by: event.endsAt.timeIntervalSince(ctx.clock.now) + 60)
            #expect(!(try await ctx.browser().get(list).body.string.contains(event.title)))
        }
    }

    @Test("nginx in front may keep an anonymous page until the end of the current second, its 304s too; nothing personal")
    func proxyFreshness() async throws {
        try await TestApp.run { ctx in
            let browser = ctx.browser()
            ctx.clock.advance(by: 0.5 - ctx.clock.now.timeIntervalSince1970.truncatingRemainder(dividingBy: 1))
            let second = Int(ctx.clock.now.timeIntervalSince1970.rounded(.down))
            let first = try await browser.get("/foreningar")
            #expect(first.headers.first(name: ProxyCacheMiddleware.header) == "@\(second)")
            var headers = HTTPHeaders()
            headers.replaceOrAdd(name: .ifNoneMatch, value: try #require(first.headers.first(name: .eTag)))
            ctx.clock.advance(by: 0.6)
            let revalidated = try await browser.get("/foreningar", headers: headers)
            #expect(revalidated.status == .notModified)
            #expect(revalidated.headers.first(name: ProxyCacheMiddleware.header) == "@\(second + 1)")
            #expect(try await browser.get("/api/v1/inquiry-stats").headers.first(name: ProxyCacheMiddleware.header) == "@\(second + 1)")
            // A form with the visitor's own token, a signed-in member's pages, a page not found: never.
            #expect(try await browser.get("/kontakt/fraga").headers.first(name: ProxyCacheMiddleware.header) == nil)
            let member = try await ctx.signedIn(Demo.member)
            #expect(try await member.get("/foreningar").headers.first(name: ProxyCacheMiddleware.header) == nil)
            #expect(try await member.get("/api/v1/inquiry-stats").headers.first(name: ProxyCacheMiddleware.header) == nil)
            #expect(try await browser.get("/finns-inte").headers.first(name: ProxyCacheMiddleware.header) == nil)
        }
    }
}
