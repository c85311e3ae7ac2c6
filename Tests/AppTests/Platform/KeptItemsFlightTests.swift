@testable import App
import Testing
import Vapor
import Fluent
import Domain
import NIOConcurrencyHelpers

/// `KeptItems.item(_:…)`, behind the kept counts of the directory and the projects API: an item
/// nobody has is made once while the others that ask meanwhile wait for it; a failed leader
/// leaves the others to make their own; a flight begun before a change is not joined after it.
@Suite("Kept items: one made while the others wait")
struct KeptItemsFlightTests {
    /// 16 asking together for the count under "k": each answer, nil where asking failed.
    static func together(_ kept: KeptItems<String, Int>, _ ctx: TestApp.Context,
                         make: @escaping @Sendable () async throws -> Int) async throws -> [Int?] {
        try await withThrowingTaskGroup(of: Int?.self) { group in
            for _ in 0..<16 { group.addTask { try? await kept.item("k", app: ctx.app, on: ctx.app.db, make: make) } }
            return try await group.reduce(into: [Int?]()) { $0.append($1) }
        }
    }

    @Test("16 asking together for a count nobody has: one count, given to all; after a change, one again")
    func oneCount() async throws {
        try await TestApp.run { ctx in
            // setup
            let kept = KeptItems<String, Int>(name: "test", scopes: .areas(.inquiries))
            let made = NIOLockedValueBox(0)
            @Sendable func count() async throws -> Int {
                try await Task.sleep(nanoseconds: 100_000_000)
                return made.withLockedValue { $0 += 1; return $0 * 10 }
            }

            // act, check: one count for all 16
            #expect(try await Self.together(kept, ctx, make: count) == Array(repeating: 10, count: 16))
            #expect(made.withLockedValue { $0 } == 1)
            #expect(kept.counts.waits == 15, "the others waited, as /metrics says (outcome=\"wait\")")

            // act, check: after a change in its scope, counted once more
            _ = try await ctx.ask()
            #expect(try await Self.together(kept, ctx, make: count) == Array(repeating: 20, count: 16))
            #expect(made.withLockedValue { $0 } == 2 && kept.counts.made == 2)
        }
    }

    @Test("a leader that fails leaves the others to count for themselves")
    func failedLeader() async throws {
        try await TestApp.run { ctx in
            // setup: the first to count fails, slowly, while the others wait for it
            let kept = KeptItems<String, Int>(name: "test", scopes: .areas(.inquiries))
            let calls = NIOLockedValueBox(0)
            @Sendable func count() async throws -> Int {
                let call = calls.withLockedValue { $0 += 1; return $0 }
                try await Task.sleep(nanoseconds: 100_000_000)
                if call == 1 { throw Abort(.serviceUnavailable) }
                return 7
            }

            // act
            let answers = try await Self.together(kept, ctx, make: count)

            // check: one failed, the 15 others counted their own (no wait for a flight that gave nothing)
            #expect(answers.filter { $0 == nil }.count == 1 && answers.filter { $0 == 7 }.count == 15)
            #expect(calls.withLockedValue { $0 } == 16)
        }
    }

    @Test("a count begun before a change is neither joined nor kept after it")
    func changeDuringCount() async throws {
        try await TestApp.run { ctx in
            // setup: a count that waits for the test to let it finish
            let kept = KeptItems<String, Int>(name: "test", scopes: .areas(.inquiries))
            let gate = AsyncStream<Void>.makeStream()
            let old = Task { try await kept.item("k", app: ctx.app, on: ctx.app.db) { for await _ in gate.stream { break }; return 1 } }
            try await Task.sleep(nanoseconds: 100_000_000)

            // act: a change, then a count asked after it (the old one let finish meanwhile, so
            // that joining it would give its count rather than hang the test)
            _ = try await ctx.ask()
            let opener = Task { try await Task.sleep(nanoseconds: 300_000_000); gate.continuation.yield() }
            let new = try await kept.item("k", app: ctx.app, on: ctx.app.db) { 2 }
            try await opener.value

            // check: the new count did not wait for the old one, and the old one is not kept
            #expect(new == 2)
            #expect(try await old.value == 1)
            #expect(try await kept.item("k", app: ctx.app, on: ctx.app.db) { 3 } == 2)
        }
    }
}
