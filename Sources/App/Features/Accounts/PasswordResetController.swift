import Vapor
import Fluent
import Domain
import Views

/// "Forgot your password?": a link by mail, valid one hour, used once; limited per client and
/// per address (`AbuseLimit`), and the page never tells whether the address has an account.
struct PasswordResetController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.accounts(.forgotPassword), .everyone, use: forgotForm)
        routes.post(.accounts(.forgotPassword), .everyone, use: forgot)
        routes.get(.accounts(.resetPassword), .everyone, use: resetForm)
        routes.post(.accounts(.resetPassword), .everyone, use: reset)
    }

    @Sendable func forgotForm(_ req: Request) async throws -> Response {
        req.html(ForgotPasswordPage().render(try await req.page(forms: true)))
    }

    @Sendable func forgot(_ req: Request) async throws -> Response {
        let email: EmailAddress
        switch EmailAddress.read(req.formFields) {
        case .success(let address): email = address
        case .failure(let problems):
            let state = FormState(fields: req.formFields, errors: problems.errors)
            return req.html(ForgotPasswordPage(form: state).render(try await req.page(forms: true)), status: .unprocessableEntity)
        }
        do {
            // Per client first (any address, known or not), then per address inside the change.
            try await RateLimits.take(.passwordResetsFromClient, for: req.clientAddress, by: req)
            if let user = try await User.query(on: req.db).filter(\.$email == email.value).first() {
                let app = req.application
                try await req.change { change in
                    let secret = try await AccountTokens.issue(.resetPassword, for: user.id!, in: change)
                    let mail = AccountMails.resetPassword(
                        Language(cookie: user.language), name: user.displayName,
                        link: AccountTokens.link(app, SiteURL.accounts(.resetPassword).path, token: secret),
                        service: app.siteFacts.serviceName)
                    try await change.limitedMail(to: user.email, name: user.displayName, subject: mail.subject, body: mail.body)
                    try await change.audit("user.passwordReset.requested", "user", user.id!.uuidString)
                }
            }
        } catch is LimitReached {
            // The page says the same either way: it must not tell whether an address has an account.
        }
        let page = MessagePage(titleKey: "accounts.forgot.sent.title", paragraphKeys: ["accounts.forgot.sent.body"],
                               link: (SiteURL.accounts(.login).path, "nav.login"))
        return req.html(page.render(try await req.page()))
    }

    @Sendable func resetForm(_ req: Request) async throws -> Response {
        let secret = try? req.query.get(String.self, at: "token")
        guard try await AccountTokens.find(secret, .resetPassword, on: req.db, now: req.now) != nil else {
            return req.html(RegistrationController.invalidLink.render(try await req.page()), status: .gone)
        }
        return req.html(ResetPasswordPage(token: secret ?? "").render(try await req.page(forms: true)))
    }

    @Sendable func reset(_ req: Request) async throws -> Response {
        let secret = try? req.query.get(String.self, at: "token")
        guard let token = try await AccountTokens.find(secret, .resetPassword, on: req.db, now: req.now),
              let user = try await User.find(token.$user.id, on: req.db)
        else {
            return req.html(RegistrationController.invalidLink.render(try await req.page()), status: .gone)
        }
        let password: String
        switch req.application.passwordRules.read(req.formFields, for: user.email) {
        case .success(let chosen): password = chosen
        case .failure(let problems):
            return req.html(ResetPasswordPage(token: secret ?? "", form: FormState(errors: problems.errors)).render(try await req.page(forms: true)),
                            status: .unprocessableEntity)
        }
        let hash = try await req.passwords.hash(password)
        let service = req.application.siteFacts.serviceName
        do {
            try await req.change { change in
                // Someone used the link first (another tab, at the same moment): nothing to change.
                guard try await AccountTokens.redeem(token, in: change) else { throw LinkUsed() }
                // The person's other reset links end with this one: an older mail opens nothing.
                try await AccountTokens.revokeOthers(.resetPassword, of: user.id!, in: change)
                user.passwordHash = hash
                // Following the link proves the address too.
                if user.emailConfirmedAt == nil { user.emailConfirmedAt = change.now }
                try await user.update(on: change.db)
                // Every session of this person ends: whoever knew the old password is out.
                try await SessionRecord.query(on: change.db).filter(\.$user.$id == user.id!).delete()
                let mail = AccountMails.passwordChanged(Language(cookie: user.language), name: user.displayName, service: service)
                try await change.mail(to: user.email, name: user.displayName, subject: mail.subject, body: mail.body)
                try await change.audit("user.passwordReset", "user", user.id!.uuidString, "password changed, sessions ended")
            }
        } catch is LinkUsed {
            return req.html(RegistrationController.invalidLink.render(try await req.page()), status: .gone)
        }
        return req.seeOther(SiteURL.accounts(.login).path(query: [("notice", "passwordChanged")]))
    }
}

/// The link was redeemed by another request first.
private struct LinkUsed: Error {}
