@testable import App
import Testing
import Vapor
import Fluent
import NIOConcurrencyHelpers
import NIOCore

@Suite("Write gate: one SQLite write transaction at a time")
struct WriteGateTests {
    @Test("tasks go through one at a time, those who came later wait, and none is left waiting")
    func oneAtATime() async throws {
        let gate = WriteGate()
        let log = NIOLockedValueBox((inside: 0, most: 0, order: [Int]()))
        // The first task holds the gate while the others queue behind it.
        let first = Task {
            try await gate.serialize {
                log.withLockedValue { $0.inside += 1; $0.order.append(0) }
                try await Task.sleep(nanoseconds: 50_000_000)
                log.withLockedValue { $0.inside -= 1 }
            }
        }
        try await Task.sleep(nanoseconds: 10_000_000)
        try await withThrowingTaskGroup(of: Void.self) { group in
            for n in 1...20 {
                group.addTask {
                    try await gate.serialize {
                        log.withLockedValue { $0.inside += 1; $0.most = max($0.most, $0.inside); $0.order.append(n) }
                        await Task.yield()
                        log.withLockedValue { $0.inside -= 1 }
                    }
                }
            }
            try await group.waitForAll()
        }
        try await first.value
        let seen = log.withLockedValue { $0 }
        #expect(seen.most == 1 && seen.inside == 0)
        #expect(seen.order.count == 21 && seen.order.first == 0 && Set(seen.order).count == 21)
    }

    @Test("a failure inside opens the gate for the next")
    func failure() async throws {
        struct Boom: Error {}
        let gate = WriteGate()
        await #expect(throws: Boom.self) { try await gate.serialize { throw Boom() } }
        #expect(try await gate.serialize { "open" } == "open")
    }

    @Test("an SQLite database has its own gate, PostgreSQL none, and concurrent changes all commit")
    func databases() async throws {
        try await TestApp.run { ctx in
            let isSQLite = TestApp.postgresURL == nil
            #expect((ctx.app.db.writeGate != nil) == isSQLite)
            let audits = try await ctx.app.count(AuditEntry.self)
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 0..<16 {
                    group.addTask {
                        try await ctx.app.change(label: "test") { change in
                            #expect(ctx.app.db.writeGate?.isBusy ?? !isSQLite)
                            // A transaction inside passes the gate it holds.
                            try await change.db.retryingTransaction { _ in try await change.audit("gate.test", "gate", "\(n)") }
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await ctx.app.count(AuditEntry.self) == audits + 16)
        }
    }

    /// On SQLite the readers have one connection per event loop. Before writes had their own
    /// connection, this read waited for the transaction until the pool gave up (10 s) and failed.
    @Test("a read on the event loop a write transaction was asked on answers while that transaction is open, and sees the last commit")
    func readsBesideAWrite() async throws {
        try await TestApp.run { ctx in
            // setup: a change held open, asked for on one event loop
            let loop = ctx.app.eventLoopGroup.next()
            let db = try #require(ctx.app.databases.database(logger: ctx.app.logger, on: loop))
            let audits = try await ctx.app.count(AuditEntry.self)
            let (inside, entered) = AsyncStream<Void>.makeStream()
            let (letGo, release) = AsyncStream<Void>.makeStream()
            defer { release.finish() }
            let write = Task {
                try await Change.run(on: db, actor: .anonymous, actorLabel: "test", requestID: nil, now: Date(), mailDomain: "example.org") { change in
                    try await change.audit("gate.held", "gate", "open")
                    entered.yield()
                    for await _ in letGo {}
                }
            }
            for await _ in inside { break }

            // act: a read on the same loop, while the change is open
            let seen = try await AuditEntry.query(on: try #require(ctx.app.databases.database(logger: ctx.app.logger, on: loop))).count()
            release.finish()
            try await write.value

            // check: the read did not wait for the commit, and saw none of it
            #expect(seen == audits)
            #expect(try await ctx.app.count(AuditEntry.self) == audits + 1)
        }
    }

    /// SQLite runs each statement on a thread-pool thread. Before the writer had a thread of its
    /// own, this write waited until the readers' threads were let go.
    @Test("a write commits while every thread of the readers' pool is busy")
    func writerThread() async throws {
        try await TestApp.run { ctx in
            // setup: every thread of the pool the readers' statements run on, held
            let pool = ctx.app.threadPool, threads = NIOSingletons.blockingPoolThreadCountSuggestion
            let release = DispatchSemaphore(value: 0), holding = NIOLockedValueBox(0)
            let held = (0..<threads).map { _ in
                Task { try await pool.runIfActive { holding.withLockedValue { $0 += 1 }; release.wait() } }
            }
            while holding.withLockedValue({ $0 }) < threads { try await Task.sleep(for: .milliseconds(5)) }

            // act: a change, given five seconds while the threads are held
            let committed = NIOLockedValueBox(false)
            let write = Task {
                try await ctx.app.change(label: "test") { change in try await change.audit("gate.thread", "gate", "busy readers") }
                committed.withLockedValue { $0 = true }
            }
            for _ in 0..<100 where !committed.withLockedValue({ $0 }) { try await Task.sleep(for: .milliseconds(50)) }
            let inTime = committed.withLockedValue { $0 }
            for _ in held { release.signal() }
            for task in held { try await task.value }
            try await write.value

            // check
            #expect(inTime, "the write waited for the readers' threads")
        }
    }
}
