@testable import App
import Testing
import Vapor
import Fluent
import SQLKit
import Domain

@Suite("Inquiry statistics from the counts the changes keep")
struct InquiryCountsTests {
    @Test("the figures from the kept counts equal the figures counted from every inquiry, over a seeded mix of changes",
          arguments: [UInt64(1), 7])
    func countsMatchFullCount(seed: UInt64) async throws {
        try await TestApp.run { ctx in
            // setup: the real use cases, in a seeded order, with the clock moving from November into the next year
            var random = SplitMix64(seed: seed)
            let admin = try #require(try await User.query(on: ctx.app.db).filter(\.$email == Demo.admin).first())
            let departments = try await Department.query(on: ctx.app.db).all()
            var ids: [UUID] = try await Inquiry.query(on: ctx.app.db).all().map { $0.id! }
            for step in 0..<160 {
                ctx.clock.advance(by: Double(random.next() % 30) * 3_600)
                if step % 3 == 0 || ids.isEmpty {
                    ids.append(try await Self.ask(ctx, by: admin, topic: InquiryTopic.allCases[Int(random.next() % UInt64(InquiryTopic.allCases.count))]))
                    continue
                }
                let id = ids[Int(random.next() % UInt64(ids.count))]
                let target = departments[Int(random.next() % UInt64(departments.count))].ref
                let (event, approach): (InquiryEvent, InquiryEvents.Approach) = switch random.next() % 6 {
                case 0: (.claim, .staff)
                case 1, 2: (.reply("Svar \(step)"), .staff)
                case 3: (.transfer(to: target, reason: "Hör till dem"), .staff)
                case 4: (.close(.answered, message: "Klart"), .staff)
                default: random.next() % 2 == 0 ? (.rate(Int(1 + random.next() % 5), comment: ""), .privateLink) : (.reopen(reason: "Mer"), .privateLink)
                }
                do {
                    try await InquiryEvents.perform(on: id, approach: approach, by: Self.request(ctx, as: approach == .staff ? admin : nil)) { _, _ in event }
                } catch is InquiryRefusal {
                    // not allowed in the state it is in: part of the mix
                }
            }

            // check: every year, on several days (the unanswered ones become late as days pass)
            for _ in 0..<3 {
                for year in [2025, 2026, 2027] {
                    let kept = try await InquiryStatsReport.make(year: year, on: ctx.app.db, now: ctx.clock.now)
                    let counted = try await Self.countedFromScratch(year: year, on: ctx.app.db, today: CalendarDay(ctx.clock.now))
                    #expect(kept.overall == counted.overall, "\(year)")
                    #expect(Dictionary(uniqueKeysWithValues: kept.departments.map { ($0.id, $0.statistics) }) == counted.departments, "\(year)")
                }
                ctx.clock.advance(by: 5 * 86_400)
            }
            #expect(try await Inquiry.query(on: ctx.app.db).filter(\.$firstAnsweredAt != nil).filter(\.$rating != nil).count() > 0)
        }
    }

    @Test("counting again from the inquiries gives the counts the changes kept")
    func rebuildKeepsTheSame() async throws {
        try await TestApp.run { ctx in
            _ = try await ctx.ask()
            let before = try await InquiryCounts.year(2026, on: ctx.app.db).mapValues { $0.filter { $0.value != 0 } }
            try await InquiryCounts.rebuild(on: ctx.app.db)
            #expect(try await InquiryCounts.year(2026, on: ctx.app.db) == before)
        }
    }

    /// Registered by staff, as for someone who called: the limits on what anonymous people make us mail do not apply.
    static func ask(_ ctx: TestApp.Context, by staff: User, topic: InquiryTopic) async throws -> UUID {
        let fields = FormFields(["topic": topic.rawValue, "question": "Hur gör vi?", "name": "Kim", "email": "kim@example.org", "channel": "email", "receivedVia": "phone"])
        let draft = try InquiryDraft.read(fields, knownDistricts: [], ownAssociations: []).get()
        let app = ctx.app
        return try await app.change(label: "test") { change in
            try await InquiryStore.create(draft, origin: .init(submitterID: nil, registeredByID: staff.id, language: .sv), app: app, in: change).0.id!
        }
    }

    static func request(_ ctx: TestApp.Context, as user: User?) -> Request {
        let request = Request(application: ctx.app, method: .GET, url: URI(path: "/"), on: ctx.app.eventLoopGroup.any())
        request.currentUser = user
        return request
    }

    /// Reads every inquiry of the year, as the report did before the counts were kept.
    static func countedFromScratch(year: Int, on db: any Database, today: CalendarDay)
        async throws -> (overall: InquiryStatistics, departments: [UUID: InquiryStatistics]) {
        var overall = InquiryStatistics.Accumulator(today: today)
        var departments: [UUID: InquiryStatistics.Accumulator] = [:]
        for inquiry in try await Inquiry.query(on: db).filter(\.$year == year).all() {
            let fact = InquiryStatistics.Fact(receivedOn: CalendarDay(inquiry.receivedAt), dueOn: inquiry.dueOn,
                                              firstAnsweredOn: inquiry.firstAnsweredAt.map(CalendarDay.init), rating: inquiry.rating)
            overall.add(fact)
            departments[inquiry.$department.id, default: InquiryStatistics.Accumulator(today: today)].add(fact)
        }
        return (overall.statistics, departments.mapValues(\.statistics))
    }
}
