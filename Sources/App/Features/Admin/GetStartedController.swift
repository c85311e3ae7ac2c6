import Vapor
import Fluent
import Domain
import Views

/// The admin's "get started" page: what is left before going live, and a test mail to oneself.
struct GetStartedController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.admin(.getStarted), .permission(.editMunicipality), use: show)
        routes.post(.admin(.testMail), .permission(.editMunicipality), use: sendTestMail)
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        try await render(req, refusal: nil)
    }

    private func render(_ req: Request, refusal: TestMailRule.Refusal?) async throws -> Response {
        let user = try req.requireUser()
        let page = GetStartedPage(checklist: try await GoLiveFacts.gather(req.application, on: req.db), adminEmail: user.email,
                                  dataDirectory: req.application.settings.dataDirectory, testMailRefusal: refusal)
        let status: HTTPResponseStatus = switch refusal {
        case nil: .ok
        case .notConfigured: .conflict
        case .tooMany: .tooManyRequests
        }
        return req.html(page.render(try await req.page()), status: status)
    }

    /// Queues one mail to the admin's own address through the outbox, a few times an hour at most.
    @Sendable func sendTestMail(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let configured = req.application.settings.smtp != nil
        let mail = AdminMails.testMail(Language(cookie: user.language), name: user.displayName,
                                       service: req.application.siteFacts.serviceName, address: req.application.baseAddress)
        do {
            try await req.change { change in
                let earlier = try await AuditEntry.query(on: change.db).filter(\.$action == GoLiveFacts.testMailAction)
                    .filter(\.$at > change.now.addingTimeInterval(-TestMailRule.window)).filter(\.$actorID == user.id).all().map(\.at)
                if let refusal = TestMailRule.refusal(mailConfigured: configured, earlier: earlier, now: change.now) { throw refusal }
                try await change.mail(to: user.email, name: user.displayName, subject: mail.subject, body: mail.body)
                // The newest row to this address is the one just queued; the audit row names it.
                let queued = try await OutboxMessage.query(on: change.db).filter(\.$toAddress == user.email)
                    .sort(\.$createdAt, .descending).first()
                try await change.audit(GoLiveFacts.testMailAction, "outbox", queued?.id?.uuidString ?? "", "test mail to \(user.email)")
            }
        } catch let refusal as TestMailRule.Refusal {
            return try await render(req, refusal: refusal)
        }
        return req.seeOther(SiteURL.admin(.getStarted).path(query: [("notice", "testMailQueued")]))
    }
}
