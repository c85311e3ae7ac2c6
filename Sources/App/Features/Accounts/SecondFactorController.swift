import Vapor
import Fluent
import Domain
import Views

/// The second step of signing in: a code from the authenticator app or a recovery code, or, for
/// an admin who has no app yet, setting one up. Plain forms that work without JavaScript.
struct SecondFactorController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.accounts(.signInCode), .everyone, use: codeForm)
        routes.post(.accounts(.signInCode), .everyone, use: code)
        routes.get(.accounts(.signInSetUp), .everyone, use: setUpForm)
        routes.post(.accounts(.signInSetUp), .everyone, use: setUp)
    }

    @Sendable func codeForm(_ req: Request) async throws -> Response {
        guard let (_, user) = try await SignInChallenges.current(req, .code) else { return try await SignInChallenges.startOver(req) }
        let page = SignInCodePage(demoCode: try await demoCode(req, for: user))
        return req.html(page.render(try await req.page(forms: true)))
    }

    @Sendable func code(_ req: Request) async throws -> Response {
        guard let (challenge, user) = try await SignInChallenges.current(req, .code) else { return try await SignInChallenges.startOver(req) }
        let box = req.application.secretBox
        let response = try await req.answerForm(render: { form, status in
            let page = SignInCodePage(form: FormState(errors: form.errors), demoCode: try await demoCode(req, for: user))
            return req.html(page.render(try await req.page(forms: true)), status: status)
        }, perform: { fields in
            let entry = try SecondFactor.read(fields).get()
            guard try await SignInChallenges.admit(challenge, on: req.db) else {
                return SiteURL.accounts(.login).path(query: [("notice", "signInAgain")])
            }
            try await req.change(as: user) { change in
                guard let used = try await SecondFactorStore.check(entry, for: user.id!, box: box, on: change.db, now: change.now) else {
                    throw FieldErrors(errors: [FieldError("code", "error.secondFactor.wrong")])
                }
                try await SignInChallenge.query(on: change.db).filter(\.$id == challenge.id!).delete()
                try await SignInController.startSession(req, user: user, in: change, how: "password and \(used.rawValue)")
            }
            return challenge.returnPath ?? SiteURL.accounts(.overview).path
        })
        if response.status == .seeOther { SignInChallenges.clearCookie(on: response, req) }
        return response
    }

    @Sendable func setUpForm(_ req: Request) async throws -> Response {
        guard let (_, user) = try await SignInChallenges.current(req, .setUp) else { return try await SignInChallenges.startOver(req) }
        let page = try SecondFactorSetUp.page(req, for: user, duringSignIn: true, sealed: nil)
        return req.html(page.render(try await req.page(forms: true)))
    }

    /// An admin's first code from a new app: the app is theirs, the session starts, and the
    /// recovery codes are shown (once, as the answer to this post).
    @Sendable func setUp(_ req: Request) async throws -> Response {
        guard let (challenge, user) = try await SignInChallenges.current(req, .setUp) else { return try await SignInChallenges.startOver(req) }
        let box = req.application.secretBox
        let response = try await req.answerForm(render: { form, status in
            var page = try SecondFactorSetUp.page(req, for: user, duringSignIn: true, sealed: form["setup"])
            page.form = FormState(errors: form.errors)
            return req.html(page.render(try await req.page(forms: true)), status: status)
        }, respond: { fields in
            let (secret, step) = try SecondFactorSetUp.proven(fields, box: box, now: req.now)
            guard try await SignInChallenges.admit(challenge, on: req.db) else { return try await SignInChallenges.startOver(req) }
            let codes = try await req.change(as: user) { change in
                let codes = try await SecondFactorStore.enrol(user.id!, secret: secret, provenAt: step, box: box, in: change)
                try await change.audit("user.secondFactor.on", "user", user.id!.uuidString, "authenticator app set up at sign-in")
                try await SignInChallenge.query(on: change.db).filter(\.$id == challenge.id!).delete()
                try await SignInController.startSession(req, user: user, in: change, how: "password and a new app code")
                return codes
            }
            let page = RecoveryCodesPage(codes: codes, continuePath: challenge.returnPath ?? SiteURL.accounts(.overview).path)
            return req.html(page.render(try await req.page()))
        })
        if response.status == .ok { SignInChallenges.clearCookie(on: response, req) }
        return response
    }

    /// The demo's published admin gets the code shown, so the demo can be tried without an app.
    func demoCode(_ req: Request, for user: User) async throws -> String? {
        guard let demo = req.application.demo, user.email == demo.adminEmail,
              let credential = try await TOTPCredential.query(on: req.db).filter(\.$user.$id == user.id!).first(),
              let secret = try? req.application.secretBox.open(credential.secretSealed), secret == demo.adminSecondFactorKey
        else { return nil }
        let now = Domain.TOTP.step(at: req.now)
        let step = max(now, (credential.lastStep ?? now - 1) + 1)
        return step <= now + Domain.TOTP.drift ? OneTimeCodes.totp(secret).code(step: step) : nil
    }
}

/// Setting up an app, the same during an admin's sign-in and under "Mitt konto": a new key,
/// shown and carried in the form sealed; the first code from the app proves it was typed in.
enum SecondFactorSetUp {
    static func page(_ req: Request, for user: User, duringSignIn: Bool, sealed: String?) throws -> SecondFactorSetUpPage {
        let box = req.application.secretBox
        let kept = sealed.flatMap { try? box.open($0) }.flatMap { $0.count == 20 ? $0 : nil }
        let secret = kept ?? OneTimeCodes.newSecret()
        let issuer = "Samverka \(req.application.municipality.name)"
        // A refused code keeps the key the person has just typed into the app.
        let carried = kept != nil ? sealed! : try box.seal(secret)
        return SecondFactorSetUpPage(secret: Base32.encode(secret),
                                     uri: Domain.TOTP.provisioningURI(secret: secret, account: user.email, issuer: issuer),
                                     sealed: carried, duringSignIn: duringSignIn)
    }

    /// The key the form carried and the step of the code typed for it, or why not.
    static func proven(_ fields: FormFields, box: SecretBox, now: Date) throws -> ([UInt8], Int64) {
        guard let secret = try? box.open(fields["setup"]), secret.count == 20 else {
            throw FieldErrors(errors: [FieldError("code", "error.secondFactor.setUpExpired")])
        }
        guard case .appCode(let code) = try SecondFactor.read(fields).get() else {
            throw FieldErrors(errors: [FieldError("code", "error.secondFactor.format")])
        }
        guard let step = OneTimeCodes.totp(secret).matchingStep(code, at: now, after: nil) else {
            throw FieldErrors(errors: [FieldError("code", "error.secondFactor.wrong")])
        }
        return (secret, step)
    }
}
