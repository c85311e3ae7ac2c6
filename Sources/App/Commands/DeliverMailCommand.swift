import Vapor

/// `samverka deliver-mail`: one delivery pass over the outbox, for cron or a manual push.
struct DeliverMailCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Sends the mails that are due in the outbox once, over SAMVERKA_SMTP_URL." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let transport = app.mailTransport else {
            context.console.error("SAMVERKA_SMTP_URL is not set; mails stay in the outbox (see the admin's mail log).")
            throw ExitCode(2)
        }
        var total = OutboxDelivery.Report()
        let delivery = app.outboxDelivery(transport: transport)
        while true {
            let report = try await delivery.runOnce()
            total.sent += report.sent
            total.retrying += report.retrying
            total.failed += report.failed
            if report.sent + report.retrying + report.failed == 0 { break }
            if report.sent == 0 { break }
        }
        context.console.print("sent \(total.sent), retrying later \(total.retrying), failed \(total.failed)")
    }
}
