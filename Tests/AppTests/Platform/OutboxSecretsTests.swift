@testable import App
import Testing
import Vapor
import Fluent
import Domain

@Suite("Live secrets in the outbox")
struct OutboxSecretsTests {
    static let member = "forening@demo.samverka.example"

    /// The token in the newest mail's link to an address.
    func token(_ ctx: TestApp.Context, to address: String) async throws -> String {
        let link = try #require(try await ctx.linkInLastMail(to: address))
        return String(link.split(separator: "=").last ?? link.split(separator: "/").last!)
    }

    @Test("the admin's mail log shows a reset mail with its link masked, before and after it is sent")
    func maskedInTheLog() async throws {
        try await TestApp.run { ctx in
            // setup
            let admin = try await ctx.signedIn(Demo.admin)
            try await ctx.browser().submit("/konto/glomt-losenord", ["email": Self.member])
            let token = try await token(ctx, to: Self.member)
            let mail = try #require(try await ctx.mails(to: Self.member).last)
            // act
            let pending = try await admin.get("/admin/e-post/\(mail.id!)")
            // check
            #expect(pending.status == .ok)
            #expect(pending.body.string.contains("/konto/nytt-losenord?token=••••••"))
            #expect(!pending.body.string.contains(token))
            #expect(!(try await admin.get("/admin/e-post?status=pending")).body.string.contains(token))
            _ = try await ctx.app.deliverMail()
            #expect(!(try await admin.get("/admin/e-post/\(mail.id!)")).body.string.contains(token))
        }
    }

    @Test("a delivered mail is stored without its secret; the person got it whole and the link works")
    func removedOnceSent() async throws {
        try await TestApp.run { ctx in
            // setup: a reset mail, a registration's confirmation and an inquiry receipt
            try await ctx.browser().submit("/konto/glomt-losenord", ["email": Self.member])
            let reset = try await token(ctx, to: Self.member)
            try await ctx.browser().submit("/konto/skapa", ["displayName": "Ny Person", "email": "ny@example.org", "password": "korrekt häst batteri"])
            let confirm = try await token(ctx, to: "ny@example.org")
            let (_, _, inquiry) = try await ctx.ask()
            let secrets = [reset, confirm, inquiry.accessToken]
            #expect(try await OutboxMessage.query(on: ctx.app.db).all().contains { mail in secrets.contains { mail.body.contains($0) } })
            // act
            let report = try await ctx.app.deliverMail()
            // check
            #expect(report.sent >= 3)
            let stored = try await OutboxMessage.query(on: ctx.app.db).all()
            #expect(stored.allSatisfy { $0.status == .sent })
            for secret in secrets {
                #expect(stored.allSatisfy { !$0.body.contains(secret) })
            }
            for secret in [reset, confirm] {
                #expect(ctx.mail.sent.contains { $0.body.contains(secret) })
            }
            #expect(try await ctx.browser().get("/konto/nytt-losenord?token=\(reset)").status == .ok)
        }
    }

    @Test("a mail given up on is stored without its secret too")
    func removedWhenGivenUp() async throws {
        try await TestApp.run { ctx in
            try await ctx.browser().submit("/konto/glomt-losenord", ["email": Self.member])
            let reset = try await token(ctx, to: Self.member)
            ctx.mail.fail(with: MailDeliveryError(message: "550 no such user", isPermanent: true))
            #expect(try await ctx.app.deliverMail().failed == 1)
            let mail = try #require(try await ctx.mails(to: Self.member).last)
            #expect(mail.status == .failed)
            #expect(!mail.body.contains(reset))
        }
    }
}
