import Vapor
import Fluent
import Domain
import Views

/// "Mitt konto" → two-step verification, for staff and admins: set up an app, make new
/// recovery codes (with a code from the app), or turn it off (with the password; not admins).
struct MySecondFactorController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.accounts(.secondFactor), .permission(.useSecondFactor), use: show)
        routes.post(.accounts(.secondFactor), .permission(.useSecondFactor), use: setUp)
        routes.post(.accounts(.secondFactorCodes), .permission(.useSecondFactor), use: newCodes)
        routes.post(.accounts(.secondFactorOff), .permission(.useSecondFactor), use: turnOff)
    }

    @Sendable func show(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard let page = try await statusPage(req, user) else {
            return req.html(try SecondFactorSetUp.page(req, for: user, duringSignIn: false, sealed: nil).render(try await req.page()))
        }
        return req.html(page.render(try await req.page()))
    }

    func statusPage(_ req: Request, _ user: User, form: FormState = FormState()) async throws -> SecondFactorAccountPage? {
        guard let since = try await SecondFactorStore.enrolledSince(user.id!, on: req.db) else { return nil }
        return SecondFactorAccountPage(since: since, unusedCodes: try await SecondFactorStore.unusedRecoveryCodes(user.id!, on: req.db),
                                       isRequired: SecondFactor.isRequired(for: user.role), form: form)
    }

    @Sendable func setUp(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let box = req.application.secretBox
        return try await req.answerForm(render: { form, status in
            var page = try SecondFactorSetUp.page(req, for: user, duringSignIn: false, sealed: form["setup"])
            page.form = FormState(errors: form.errors)
            return req.html(page.render(try await req.page()), status: status)
        }, respond: { fields in
            let (secret, step) = try SecondFactorSetUp.proven(fields, box: box, now: req.now)
            let codes = try await req.change { change in
                let codes = try await SecondFactorStore.enrol(user.id!, secret: secret, provenAt: step, box: box, in: change)
                try await change.audit("user.secondFactor.on", "user", user.id!.uuidString, "authenticator app set up")
                return codes
            }
            let page = RecoveryCodesPage(codes: codes, continuePath: SiteURL.accounts(.overview).path(query: [("notice", "secondFactorOn")]))
            return req.html(page.render(try await req.page()))
        })
    }

    /// Ten new codes for a code from the app; wrong codes count as failed sign-ins (throttled).
    @Sendable func newCodes(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let box = req.application.secretBox
        return try await req.answerForm(render: { form, status in
            guard let page = try await statusPage(req, user, form: FormState(errors: form.errors)) else { throw Abort(.notFound) }
            return req.html(page.render(try await req.page()), status: status)
        }, respond: { fields in
            guard case .appCode(let code) = try SecondFactor.read(fields).get() else {
                throw FieldErrors(errors: [FieldError("code", "error.secondFactor.format")])
            }
            let attempt = try await LoginAttempts.admit(req, for: user, field: "code")
            let codes = try await req.change { change in
                guard try await SecondFactorStore.check(.appCode(code), for: user.id!, box: box, on: change.db, now: change.now) != nil else {
                    throw FieldErrors(errors: [FieldError("code", "error.secondFactor.wrong")])
                }
                let codes = try await SecondFactorStore.replaceRecoveryCodes(of: user.id!, in: change)
                try await change.audit("user.recoveryCodes.new", "user", user.id!.uuidString, "ten new recovery codes, the old ones void")
                return codes
            }
            try await LoginAttempts.succeeded(attempt, on: req.db)
            return req.html(RecoveryCodesPage(codes: codes, continuePath: SiteURL.accounts(.secondFactor).path).render(try await req.page()))
        })
    }

    @Sendable func turnOff(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        guard !SecondFactor.isRequired(for: user.role) else { throw Abort(.forbidden) }
        let service = req.application.siteFacts.serviceName
        return try await req.answerForm(render: { form, status in
            guard let page = try await statusPage(req, user, form: FormState(errors: form.errors)) else { throw Abort(.notFound) }
            return req.html(page.render(try await req.page()), status: status)
        }, perform: { fields in
            let attempt = try await LoginAttempts.admit(req, for: user, field: "password")
            guard try await req.passwords.verify(fields["password"], against: user.passwordHash) else {
                throw FieldErrors(errors: [FieldError("password", "error.password.wrong")])
            }
            try await LoginAttempts.succeeded(attempt, on: req.db)
            try await req.change { change in
                try await SecondFactorStore.remove(user.id!, in: change)
                let mail = AccountMails.secondFactorOff(Language(cookie: user.language), name: user.displayName, service: service)
                try await change.mail(to: user.email, name: user.displayName, subject: mail.subject, body: mail.body)
                try await change.audit("user.secondFactor.off", "user", user.id!.uuidString)
            }
            return SiteURL.accounts(.overview).path(query: [("notice", "secondFactorOff")])
        })
    }
}
