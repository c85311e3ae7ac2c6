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
        let input = try req.content.decode(RegistrationInput.self)
        let (state, email) = input.validate(rules: req.application.passwordRules)
        guard let email, !state.hasErrors else {
            return req.html(RegisterPage(form: state).render(try await req.page(forms: true)), status: .unprocessableEntity)
        }
        let hash = try await req.passwords.hash(input.password ?? "")
        let name = (input.displayName ?? "").trimmingWhitespace()
        try await AccountService.register(req, email: email, displayName: name, passwordHash: hash)
        return req.seeOther(SiteURL.accounts(.registered).path)
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
        let secret = try req.content.decode(PasswordInput.self).token
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
