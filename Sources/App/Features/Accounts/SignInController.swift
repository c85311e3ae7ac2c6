import Vapor
import Fluent
import Domain
import Views

/// Sign in and sign out, with throttling and without telling who has an account. After the
/// password, people with an authenticator app (and admins, who must have one) go on to
/// `SecondFactorController` before any session starts.
struct SignInController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.accounts(.login), .everyone, use: form)
        routes.post(.accounts(.login), .everyone, use: submit)
        routes.post(.accounts(.logout), .everyone, use: logout)
    }

    @Sendable func form(_ req: Request) async throws -> Response {
        if req.currentUser != nil { return req.seeOther(SiteURL.accounts(.overview).path) }
        return req.html(page(req).render(try await req.page(forms: true)))
    }

    func page(_ req: Request, form: FormState = FormState()) -> LoginPage {
        let demo = req.application.demo
        return LoginPage(form: form, returnPath: req.safeReturnPath(try? req.query.get(String.self, at: "return")),
                         demoAccounts: demo?.accounts ?? [], demoPassword: demo?.password,
                         demoSecondFactorKey: demo.map { Base32.encode($0.adminSecondFactorKey) })
    }

    @Sendable func submit(_ req: Request) async throws -> Response {
        let fields = req.formFields
        let rawEmail = fields["email"].trimmingWhitespace().lowercased()
        let password = fields["password"]
        func reject(_ key: String, _ values: [String: String] = [:], status: HTTPResponseStatus = .unprocessableEntity) async throws -> Response {
            let state = FormState(values: ["email": fields["email"]], errors: [FieldError("email", key, values)])
            return req.html(page(req, form: state).render(try await req.page(forms: true)), status: status)
        }
        guard !rawEmail.isEmpty, !password.isEmpty, password.count <= PasswordRules.maximumLength else {
            return try await reject("error.login.missing")
        }
        let attempt: LoginAttempt
        switch try await LoginAttempts.admit(emailHash: SecureToken.hash(rawEmail), address: req.clientAddress, on: req.db, now: req.now) {
        case .locked(let until):
            return try await reject("error.login.throttled", ["time": DateText.time(until)], status: .tooManyRequests)
        case .admitted(let admitted):
            attempt = admitted
        }
        let user = try await User.query(on: req.db).filter(\.$email == rawEmail).first()
        let valid: Bool
        if let user {
            valid = try await req.passwords.verify(password, against: user.passwordHash)
        } else {
            await req.passwords.verifyNothing(password)
            valid = false
        }
        guard valid, let user else { return try await reject("error.login.invalid") }
        try await LoginAttempts.succeeded(attempt, on: req.db)
        guard user.emailConfirmedAt != nil else {
            try await AccountService.resendConfirmation(req, user: user)
            return try await reject("error.login.unconfirmed")
        }
        let returnPath = req.safeReturnPath(try? req.query.get(String.self, at: "return"))
        switch SecondFactor.step(role: user.role, enrolled: try await SecondFactorStore.isEnrolled(user.id!, on: req.db)) {
        case .code: return try await SignInChallenges.start(req, user: user, purpose: .code, returnPath: returnPath)
        case .setUp: return try await SignInChallenges.start(req, user: user, purpose: .setUp, returnPath: returnPath)
        case .none: break
        }
        try await req.change(as: user) { change in
            try await Self.startSession(req, user: user, in: change, how: "password")
        }
        return req.seeOther(returnPath ?? SiteURL.accounts(.overview).path)
    }

    /// The sign-in is done: a new session for the person (the anonymous one and its token are
    /// thrown away), inside the change that audits it.
    static func startSession(_ req: Request, user: User, in change: Change, how: String) async throws {
        try await SessionStore.rotate(to: user, on: change.db, request: req)
        user.lastLoginAt = change.now
        try await user.update(on: change.db)
        // No page shows who signed in or when: nothing kept is retired (a roster names accounts).
        try await change.audit("user.login", "user", user.id!.uuidString, "with \(how)", touching: [])
    }

    @Sendable func logout(_ req: Request) async throws -> Response {
        if let user = req.currentUser {
            try await req.change { change in
                try await change.audit("user.logout", "user", user.id!.uuidString, touching: [])
            }
        }
        try await SessionStore.end(request: req)
        return req.seeOther(SiteURL.home.path(query: [("notice", "signedOut")]))
    }
}

/// The memory of recent sign-in attempts behind `LoginThrottle`. These rows are their own
/// log and are kept one day (see the privacy page), so they are not copied into the audit log.
enum LoginAttempts {
    enum Admission {
        /// The password may be checked; the attempt counts as failed until `succeeded`.
        case admitted(LoginAttempt)
        case locked(until: Date)
    }

    /// Writes the attempt down first, then counts the others: of any number of attempts at once,
    /// each sees every attempt written before its own, so at most the limit get past (the last
    /// to pass would otherwise have seen more). Checking before and recording after let a burst
    /// of parallel guesses all through. A refused attempt is taken out again: it checked nothing.
    static func admit(emailHash: String, address: String, on db: any Database, now: Date) async throws -> Admission {
        let attempt = LoginAttempt(emailHash: emailHash, ipAddress: address, succeeded: false, at: now)
        try await db.retryingTransaction { tx in try await attempt.create(on: tx) }
        let throttle = LoginThrottle()
        let since = now.addingTimeInterval(-throttle.window)
        let others = LoginAttempt.query(on: db).filter(\.$ipAddress == address).filter(\.$at > since)
            .filter(\.$succeeded == false).filter(\.$id != attempt.id!)
        let forAccount = try await others.copy().filter(\.$emailHash == emailHash).all(\.$at)
        let forClient = try await others.all(\.$at)
        guard let until = throttle.lockedUntil(accountFailures: forAccount, clientFailures: forClient, now: now) else {
            return .admitted(attempt)
        }
        try await db.retryingTransaction { tx in try await LoginAttempt.query(on: tx).filter(\.$id == attempt.id!).delete() }
        return .locked(until: until)
    }

    /// A check of something only the signed-in person should know (the current password, a
    /// code) counts like a sign-in: admitted, or refused by naming the field.
    static func admit(_ req: Request, for user: User, field: String) async throws -> LoginAttempt {
        switch try await admit(emailHash: SecureToken.hash(user.email), address: req.clientAddress, on: req.db, now: req.now) {
        case .locked(let until):
            throw FieldErrors(errors: [FieldError(field, "error.login.throttled", ["time": DateText.time(until)])])
        case .admitted(let attempt):
            return attempt
        }
    }

    static func succeeded(_ attempt: LoginAttempt, on db: any Database) async throws {
        try await db.retryingTransaction { tx in
            try await LoginAttempt.query(on: tx).filter(\.$id == attempt.id!).set(\.$succeeded, to: true).update()
        }
    }
}
