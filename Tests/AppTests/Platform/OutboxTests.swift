@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("The mail outbox and its worker")
struct OutboxTests {
    func queue(_ ctx: TestApp.Context, count: Int) async throws {
        try await ctx.app.change { change in
            for index in 0..<count {
                try await change.mail(to: "m\(index)@example.org", name: nil, subject: "Ämne \(index)", body: "Text")
            }
            try await change.audit("test.mail", "test", "x")
        }
    }

    @Test("the worker delivers each mail once and marks it sent")
    func deliversOnce() async throws {
        try await TestApp.run { ctx in
            try await queue(ctx, count: 3)
            #expect(try await ctx.app.deliverMail().sent == 3)
            #expect(try await ctx.app.deliverMail().sent == 0)
            #expect(ctx.mail.sent.count == 3)
            #expect(Set(ctx.mail.sent.map(\.messageID)).count == 3)
            #expect(try await OutboxMessage.query(on: ctx.app.db).filter(\.$status == .sent).count() == 3)
        }
    }

    @Test("two workers at once still deliver each mail exactly once")
    func concurrentWorkers() async throws {
        try await TestApp.run { ctx in
            try await queue(ctx, count: 30)
            let a = ctx.app.outboxDelivery(transport: ctx.mail)
            let b = ctx.app.outboxDelivery(transport: ctx.mail)
            for _ in 0..<3 {
                async let first = a.runOnce()
                async let second = b.runOnce()
                _ = try await (first, second)
            }
            #expect(ctx.mail.sent.count == 30)
            #expect(Set(ctx.mail.sent.map(\.messageID)).count == 30)
        }
    }

    @Test("a temporary failure is retried later with backoff; a permanent one is given up")
    func retries() async throws {
        try await TestApp.run { ctx in
            try await queue(ctx, count: 1)
            ctx.mail.fail(with: MailDeliveryError(message: "421 try later", isPermanent: false))
            #expect(try await ctx.app.deliverMail().retrying == 1)
            // not due yet
            #expect(try await ctx.app.deliverMail() == .init())
            ctx.mail.fail(with: nil)
            ctx.clock.advance(by: 61)
            #expect(try await ctx.app.deliverMail().sent == 1)

            try await queue(ctx, count: 1)
            ctx.mail.fail(with: MailDeliveryError(message: "550 no such user", isPermanent: true))
            #expect(try await ctx.app.deliverMail().failed == 1)
            let failed = try #require(try await OutboxMessage.query(on: ctx.app.db).filter(\.$status == .failed).first())
            #expect(failed.lastError?.contains("550") == true)
        }
    }

    @Test("a claim left by a worker that died is picked up again after ten minutes")
    func staleClaim() async throws {
        try await TestApp.run { ctx in
            try await queue(ctx, count: 1)
            try await OutboxMessage.query(on: ctx.app.db).set(\.$status, to: .sending)
                .set(\.$claimedBy, to: "dead-worker").set(\.$claimedAt, to: TestApp.start).update()
            #expect(try await ctx.app.deliverMail().sent == 0)
            ctx.clock.advance(by: 601)
            #expect(try await ctx.app.deliverMail().sent == 1)
        }
    }
}
