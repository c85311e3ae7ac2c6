import Vapor
import Fluent
import Domain
import Views

/// Create an account and confirm the e-mail address.
struct RegistrationController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.accounts(.register), .everyone, use: form)
        routes.post(.accounts(.register), .everyone, use: submit)
        routes.get(.accounts(.registered), .everyone, use: registered)
        routes.get(.accounts(.confirm), .everyone, use: confirmForm)
        routes.post(.accounts(.confirm), .everyone, use: confirm)
    }

    @Sendable func form(_ req: Request) async throws -> Response {
        req.html(RegisterPage().render(try await req.page(forms: true)))
    }

    @Sendable func submit(_ req: Request) async throws -> Response {
        let rules = req.application.passwordRules
        let client = req.clientAddress
        return try await req.answerForm(render: { form, status in
            var kept = form
            kept.values["password"] = nil
            return req.html(RegisterPage(form: kept).render(try await req.page(forms: true)), status: status)
        }, perform: { fields in
            let draft = try RegistrationDraft.read(fields, rules: rules).get()
            // Counted before the costly hash, so a flood of registrations costs little.
            try await RateLimits.take(.registrationsFromClient, for: client, by: req)
            let hash = try await req.passwords.hash(draft.password)
            try await AccountService.register(req, email: draft.email, displayName: draft.displayName, passwordHash: hash)
            return SiteURL.accounts(.registered).path
        })
    }

    @Sendable func registered(_ req: Request) async throws -> Response {
        let page = MessagePage(titleKey: "accounts.registered.title",
                               paragraphKeys: ["accounts.registered.body", "accounts.registered.spam"])
        return req.html(page.render(try await req.page()))
    }

    /// A link in a mail opens a page with a button, because mail scanners follow links
    /// and would otherwise use up the token before the person clicks.
    @Sendable func confirmForm(_ req: Request) async throws -> Response {
        let token = try? req.query.get(String.self, at: "token")
        guard try await AccountTokens.find(token, .confirmEmail, on: req.db, now: req.now) != nil else {
            return req.html(Self.invalidLink.render(try await req.page()), status: .gone)
        }
        let page = ConfirmEmailPage(token: token ?? "")
        return req.html(page.render(try await req.page(forms: true)))
    }

    @Sendable func confirm(_ req: Request) async throws -> Response {
        let secret = req.formFields["token"]
        guard let token = try await AccountTokens.find(secret, .confirmEmail, on: req.db, now: req.now) else {
            return req.html(Self.invalidLink.render(try await req.page()), status: .gone)
        }
        try await req.change { change in
            guard try await AccountTokens.redeem(token, in: change),
                  let user = try await User.find(token.$user.id, on: change.db) else { return }
            if user.emailConfirmedAt == nil {
                user.emailConfirmedAt = change.now
                try await user.update(on: change.db)
            }
            try await change.audit("user.confirmEmail", "user", user.id!.uuidString, "email confirmed")
        }
        return req.seeOther(SiteURL.accounts(.login).path(query: [("notice", "confirmed")]))
    }

    static let invalidLink = MessagePage(
        titleKey: "accounts.link.invalid.title", paragraphKeys: ["accounts.link.invalid.body"],
        link: (SiteURL.accounts(.login).path, "nav.login"))
}
