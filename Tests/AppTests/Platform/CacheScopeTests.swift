@testable import App
import Testing
import Vapor
import Fluent
import Domain
import NIOConcurrencyHelpers

@Suite("Caches: computed once, retired by what changed")
struct CacheScopeTests {
    @Test("16 requests for the report after a write: one computation, and then the new figures")
    func reportComputedOnceAfterWrite() async throws {
        try await TestApp.run { ctx in
            // setup: the report is kept
            let before = try await ctx.json("/api/v1/inquiry-stats")
            let asked = try #require(((before.body as? [String: Any])?["overall"] as? [String: Any])?["inquiries"] as? Int)
            let computations = ctx.app.inquiryStats.kept.counts.computations
            _ = try await ctx.ask()

            // act: 16 at once
            let statuses = try await withThrowingTaskGroup(of: UInt.self) { group in
                for _ in 0..<16 { group.addTask { try await ctx.browser().get("/api/v1/inquiry-stats").status.code } }
                return try await group.reduce(into: [UInt]()) { $0.append($1) }
            }

            // check
            #expect(statuses == Array(repeating: 200, count: 16))
            #expect(ctx.app.inquiryStats.kept.counts.computations == computations + 1)
            var figures = asked
            for _ in 0..<200 where figures == asked {
                try await Task.sleep(nanoseconds: 10_000_000)
                figures = ((try await ctx.json("/api/v1/inquiry-stats").body as? [String: Any])?["overall"] as? [String: Any])?["inquiries"] as? Int ?? asked
            }
            #expect(figures == asked + 1)
            #expect(ctx.app.inquiryStats.kept.counts.computations == computations + 1)
        }
    }

    @Test("a value nobody has yet is made once while the others wait for it; after a change they get the last one meanwhile")
    func singleFlight() async throws {
        try await TestApp.run { ctx in
            let cache = VersionedCache<String, Int>(name: "test", scopes: .areas(.inquiries))
            let made = NIOLockedValueBox(0)
            @Sendable func ask() async throws -> Int {
                try await cache.value("k", app: ctx.app, on: ctx.app.db, now: ctx.clock.now) {
                    try await Task.sleep(nanoseconds: 200_000_000)
                    return made.withLockedValue { $0 += 1; return $0 }
                }.0
            }
            let first = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<16 { group.addTask { try await ask() } }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(first == Array(repeating: 1, count: 16))

            _ = try await ctx.ask()
            let second = try await withThrowingTaskGroup(of: Int.self) { group in
                for _ in 0..<16 { group.addTask { try await ask() } }
                return try await group.reduce(into: [Int]()) { $0.append($1) }
            }
            #expect(second == Array(repeating: 1, count: 16), "the last value while the new one is made")
            try await Task.sleep(nanoseconds: 400_000_000)
            #expect(try await ask() == 2)
            #expect(made.withLockedValue { $0 } == 2)
        }
    }

    static let guide = "/api/v1/guide?want=moneyOrPremises&category=youth&orgNumber=no&joined=no&capacity=little"

    @Test("a question asked keeps the directory, the guide and an association's page; an association change renders the directory again")
    func invalidationFollowsWhatChanged() async throws {
        try await TestApp.run { ctx in
            // setup
            let kept = try await ctx.association("Förening som står still")
            let visitor = ctx.browser()
            let pages = ["/foreningar", "/vagledning", "/samrad", "/stod", "/foreningar/\(kept.slug)"]
            for page in pages { #expect(try await visitor.get(page).status == .ok) }
            _ = try await ctx.json(Self.guide)

            // act: a question (its form page is rendered, not kept: count from here)
            _ = try await ctx.ask()
            let renders = ctx.app.pageCache.counts.computations, catalogues = ctx.app.guideCatalogue.kept.counts.computations
            for page in pages { #expect(try await visitor.get(page).status == .ok) }
            #expect(try await ctx.json(Self.guide).status == 200)

            // check: nothing rendered or computed again
            #expect(ctx.app.pageCache.counts.computations == renders)
            #expect(ctx.app.guideCatalogue.kept.counts.computations == catalogues)

            // act: another association changes
            try await ctx.association("Alldeles ny förening")
            let rendered = ctx.app.pageCache.counts.computations
            let directory = try await visitor.get("/foreningar")
            for page in pages.dropFirst() { #expect(try await visitor.get(page).status == .ok) }

            // check: the directory alone was rendered again
            #expect(directory.body.string.contains("Alldeles ny förening"))
            #expect(ctx.app.pageCache.counts.computations == rendered + 1)

            // act: the kept association itself changes
            try await ctx.app.change(label: "test") { change in
                let association = try #require(try await Association.find(kept.id, on: change.db))
                association.description = "Nu med en ny beskrivning."
                try await association.update(on: change.db)
                try await change.audit("association.update", "association", kept.id!.uuidString)
            }
            #expect(try await visitor.get("/foreningar/\(kept.slug)").body.string.contains("Nu med en ny beskrivning."))
        }
    }

    @Test("an association registered and an answer saved as a draft keep every public page; the association verified does not")
    func unpublishedKeepsPages() async throws {
        try await TestApp.run { ctx in
            // setup
            let consultation = try await ResponseTests.open(ctx)
            let club = try await ctx.association("Utkastskrivarna", representative: Demo.member)
            let visitor = ctx.browser()
            let pages = ["/foreningar", "/evenemang.ics", "/samverkansradet", "/samrad/\(consultation.slug)", "/samrad"]
            for page in pages { #expect(try await visitor.get(page).status == .ok) }

            // act: a registration (pending) and a draft
            let member = try await ctx.signedIn(Demo.member)
            try await member.get("/foreningar/ny")
            #expect(try await member.post("/foreningar/ny", DoubleSubmitTests.fields).status == .seeOther)
            let answer = "/samrad/\(consultation.slug)/svar"
            try await member.get(answer + "?som=\(club.id!.uuidString.lowercased())")
            #expect(try await member.post(answer, ResponseTests.answer(club, "Bara ett utkast.", intent: "draft")).status == .seeOther)
            let renders = ctx.app.pageCache.counts.computations
            for page in pages { #expect(try await visitor.get(page).status == .ok) }

            // check: nothing rendered again
            #expect(ctx.app.pageCache.counts.computations == renders)

            // act: the registration is verified
            let pending = try #require(try await Association.query(on: ctx.app.db).filter(\.$name == "Dubbelklickarna").first())
            #expect(pending.status == .pending)
            try await ctx.app.change(label: "test") { change in
                let association = try #require(try await Association.find(pending.id, on: change.db))
                association.status = .verified
                try await association.update(on: change.db)
                try await change.audit("association.verify", "association", pending.id!.uuidString)
            }

            // check: now the directory names it
            #expect(try await visitor.get("/foreningar").body.string.contains("Dubbelklickarna"))

            // act: the draft is submitted (the district page kept first: it names the association just verified)
            for page in ["/samrad", "/stadsdelar/centrum"] { #expect(try await visitor.get(page).status == .ok) }
            try await member.get(answer + "?som=\(club.id!.uuidString.lowercased())")
            #expect(try await member.post(answer, ResponseTests.answer(club, "Nu på riktigt.")).status == .seeOther)
            let before = ctx.app.pageCache.counts.computations
            for page in ["/samrad", "/stadsdelar/centrum"] { #expect(try await visitor.get(page).status == .ok) }
            let shown = try await visitor.get("/samrad/\(consultation.slug)").body.string

            // check: the list and the district page kept (they show no answers); the consultation's page counts it
            #expect(ctx.app.pageCache.counts.computations == before + 1)
            #expect(shown.contains("Inkomna svar (1)"))
        }
    }

    @Test("a registration for an event renders that event's page again (its places left), and keeps the list and the calendar")
    func eventRegistrationKeepsLists() async throws {
        try await TestApp.run { ctx in
            // setup
            let event = try await EventRegistrationTests.event(ctx, capacity: 5)
            let visitor = ctx.browser()
            let kept = ["/evenemang", "/evenemang.ics", "/"]
            for page in kept { #expect(try await visitor.get(page).status == .ok) }
            #expect(try await visitor.get("/evenemang/\(event.slug)").status == .ok)

            // act
            #expect(try await EventRegistrationTests.signUp(ctx, event, "Platsen").status == .seeOther)
            let renders = ctx.app.pageCache.counts.computations
            for page in kept { #expect(try await visitor.get(page).status == .ok) }

            // check: the lists kept; the event's page made again, with one place fewer
            #expect(ctx.app.pageCache.counts.computations == renders)
            let shown = try await visitor.get("/evenemang/\(event.slug)").body.string
            #expect(ctx.app.pageCache.counts.computations == renders + 1)
            #expect(shown.contains("4 platser kvar."))
        }
    }

    @Test("the follow-up is made once in its hold however much is written; after the hold it counts the writes")
    func followUpHeld() async throws {
        try await TestApp.run { ctx in
            // setup: the report and its page are kept
            let year = CalendarDay(ctx.clock.now).year, visitor = ctx.browser()
            @Sendable func asked() async throws -> Double? {
                let report = try await ctx.json("/api/v1/follow-up/\(year)").body as? [String: Any]
                let table = (report?["tables"] as? [[String: Any]])?.first { $0["id"] as? String == "inquiries" }
                let all = (table?["rows"] as? [[String: Any]])?.first { $0["key"] as? String == "all" }
                return (all?["values"] as? [Any])?.first as? Double
            }
            let before = try #require(try await asked())
            #expect(try await visitor.get("/uppfoljning/\(year)").body.string.contains("räknas om var halvminut"))
            let made = ctx.app.followUp.kept.counts.computations

            // act: two questions within the hold (their form pages are rendered, not kept: count from here)
            _ = try await ctx.ask()
            _ = try await ctx.ask()
            let renders = ctx.app.pageCache.counts.computations
            for _ in 0..<3 {
                #expect(try await visitor.get("/uppfoljning/\(year)").status == .ok)
                #expect(try await asked() == before)
            }

            // check: neither the report nor its page was made again
            #expect(ctx.app.followUp.kept.counts.computations == made)
            #expect(ctx.app.pageCache.counts.computations == renders)

            // act: the hold passes
            ctx.clock.advance(by: FollowUpCache.hold + 1)
            var figure = try await asked()
            for _ in 0..<200 where figure == before {
                try await Task.sleep(nanoseconds: 10_000_000)
                figure = try await asked()
            }

            // check: made once more, with both questions
            #expect(figure == before + 2)
            #expect(ctx.app.followUp.kept.counts.computations == made + 1)
        }
    }

    @Test("signing in keeps the contact network's roster, which names accounts")
    func signInKeepsRoster() async throws {
        try await TestApp.run { ctx in
            // setup: the roster is kept
            #expect(try await ctx.browser().get("/kontaktnatet").status == .ok)

            // act: a member of the contact network itself (the sign-in form is rendered, not kept: count from here)
            _ = try await ctx.signedIn("kontaktperson.social@demo.samverka.example")
            let renders = ctx.app.pageCache.counts.computations

            // check
            #expect(try await ctx.browser().get("/kontaktnatet").status == .ok)
            #expect(ctx.app.pageCache.counts.computations == renders)
        }
    }

    @Test("a change on another instance shows here within a second, without a local write")
    func otherInstances() async throws {
        try await TestApp.run { ctx in
            let visitor = ctx.browser()
            #expect(try await visitor.get("/foreningar").status == .ok)
            // another instance's change: the same use case, this process's versions not told
            try await Change.run(on: ctx.app.db, actor: .anonymous, actorLabel: "another instance", requestID: nil,
                                 now: ctx.clock.now, mailDomain: "samverka.test") { change in
                let association = Association(slug: "fran-en-annan-instans", name: "Från en annan instans", status: .verified,
                                              source: "registered", createdBy: nil)
                try await association.create(on: change.db)
                try await AssociationStore.replaceTags(of: association.id!, categories: [.culture], targetGroups: [], districtIDs: [],
                                                       competences: [], on: change.db)
                try await change.audit("association.register", "association", association.id!.uuidString, "test")
            }
            var shown = false
            for _ in 0..<30 where !shown {
                shown = try await visitor.get("/foreningar").body.string.contains("Från en annan instans")
                if !shown { try await Task.sleep(nanoseconds: 100_000_000) }
            }
            #expect(shown)
        }
    }
}
