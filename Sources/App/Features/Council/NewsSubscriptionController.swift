import Vapor
import Fluent
import Domain
import Views

/// The council's news by mail without an account: asked for here (limited per client and per
/// address), started by the link in the first mail, stopped by the link in every later one.
struct NewsSubscriptionController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.council(.subscribe), .everyone, use: form)
        routes.post(.council(.subscribe), .everyone, use: ask)
        routes.get(.council(.subscription(.key)), .everyone, use: show)
        routes.post(.council(.subscription(.key)), .everyone, use: decide)
    }

    private func render(_ req: Request, _ form: FormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        req.html(NewsSubscriptionFormPage(form: form).render(try await req.page(forms: true)), status: status)
    }

    @Sendable func form(_ req: Request) async throws -> Response {
        try await render(req, FormState(values: ["frequency": NewsFrequency.each.rawValue]))
    }

    @Sendable func ask(_ req: Request) async throws -> Response {
        let client = req.clientAddress, app = req.application
        return try await req.answerForm(render: { form, status in try await render(req, form, status: status) }, perform: { fields in
            let draft = try NewsSubscriptionDraft.read(fields).get()
            try await req.change { change in
                try await change.take(.councilSubscriptionsFromClient, for: client)
                let subscriber = NewsSubscriber(draft, token: SecureToken.make(), at: change.now)
                try await subscriber.create(on: change.db)
                let mail = MailText.compose(.sv, "council.confirm", [
                    "link": CouncilMails.stopLink(app.baseAddress, subscriber.token), "service": app.siteFacts.serviceName,
                ])
                try await change.limitedMail(to: draft.email.value, name: nil, subject: mail.subject, body: mail.body)
                try await change.audit("council_subscription.ask", "council_subscription", subscriber.id!.uuidString, draft.frequency.rawValue)
            }
            return SiteURL.council(.subscribe).path(query: [("notice", "councilSubscriptionPending")])
        })
    }

    private func page(_ req: Request, _ subscriber: NewsSubscriber, stopped: Bool = false) async throws -> Response {
        let page = NewsSubscriptionPage(token: subscriber.token, email: subscriber.email, frequency: subscriber.frequency,
                                        isConfirmed: subscriber.confirmedAt != nil, isStopped: stopped)
        return req.html(page.render(try await req.page(forms: !stopped)))
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        try await page(req, try await NewsSubscriber.find(token: req.parameters.get("token"), on: req.db))
    }

    @Sendable func decide(_ req: Request) async throws -> Response {
        let subscriber = try await NewsSubscriber.find(token: req.parameters.get("token"), on: req.db)
        let id = subscriber.id!, stop = req.formFields["intent"] == "stop"
        try await req.change { change in try await NewsSubscriber.decide(id, stop: stop, in: change) }
        if stop { return try await page(req, subscriber, stopped: true) }
        return req.seeOther(SiteURL.council(.subscription(.value(subscriber.token))).path(query: [("notice", "councilSubscriptionStarted")]))
    }
}
