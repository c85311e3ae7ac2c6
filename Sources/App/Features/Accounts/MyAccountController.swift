import Vapor
import Fluent
import Domain
import Views

/// The signed-in person's own account: overview, password change, signing out elsewhere,
/// a copy of all their data, deletion.
struct MyAccountController {
    func register(_ routes: any RoutesBuilder) {
        routes.get(.accounts(.overview), .permission(.manageOwnAccount), use: overview)
        routes.get(.accounts(.export), .permission(.manageOwnAccount), use: export)
        routes.get(.accounts(.delete), .permission(.manageOwnAccount), use: deleteForm)
        routes.post(.accounts(.delete), .permission(.manageOwnAccount), use: delete)
        routes.get(.accounts(.changePassword), .permission(.manageOwnAccount), use: changePasswordForm)
        routes.post(.accounts(.changePassword), .permission(.manageOwnAccount), use: changePassword)
        routes.post(.accounts(.signOutEverywhere), .permission(.manageOwnAccount), use: signOutEverywhere)
    }

    @Sendable func overview(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let department = try await user.$department.get(on: req.db)
        var flags: [String] = []
        if user.isEntryPointHandler { flags.append("flag.entryPointHandler") }
        if user.isContactNetworkMember { flags.append("flag.contactNetworkMember") }
        if user.isCouncilMember { flags.append("flag.councilMember") }
        if user.isDepartmentAdmin { flags.append("flag.departmentAdmin") }
        if user.isPolitician { flags.append("flag.politician") }
        let secondFactorOn = Policy.allows(req.actor, .useSecondFactor) ? try await SecondFactorStore.isEnrolled(user.id!, on: req.db) : nil
        let page = AccountPage(displayName: user.displayName, email: user.email, roleKey: "role.\(user.role.rawValue)",
                               departmentName: department?.name, flagKeys: flags, memberSince: user.createdAt ?? req.now,
                               secondFactorOn: secondFactorOn)
        return req.html(page.render(try await req.page()))
    }

    @Sendable func export(_ req: Request) async throws -> Response {
        let export = try await AccountExport.build(for: try req.requireUser(), on: req.db)
        let response = Response(status: .ok)
        try response.content.encode(export, using: AccountExport.encoder)
        response.headers.replaceOrAdd(name: .contentDisposition, value: "attachment; filename=\"samverka-mina-uppgifter.json\"")
        response.headers.replaceOrAdd(name: .cacheControl, value: "private, no-store")
        return response
    }

    @Sendable func deleteForm(_ req: Request) async throws -> Response {
        req.html(DeleteAccountPage().render(try await req.page()))
    }

    @Sendable func delete(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let service = req.application.siteFacts.serviceName
        return try await req.answerForm(render: { form, status in
            req.html(DeleteAccountPage(form: FormState(errors: form.errors)).render(try await req.page()), status: status)
        }, perform: { fields in
            guard try await req.passwords.verify(fields["password"], against: user.passwordHash) else {
                throw FieldErrors(errors: [FieldError("password", "error.password.wrong")])
            }
            try await req.change { change in
                let id = user.id!
                // The platform keeps at least one admin: counted, with their rows held, in this change.
                if user.role == .admin, try await User.lockedAdminCount(on: change.db) <= 1 {
                    throw FieldErrors(errors: [FieldError("password", "error.lastAdmin")])
                }
                let mail = AccountMails.accountDeleted(Language(cookie: user.language), name: user.displayName, service: service)
                try await change.mail(to: user.email, name: nil, subject: mail.subject, body: mail.body)
                try await user.delete(on: change.db)
                try await change.audit("user.delete", "user", id.uuidString, "account and personal data removed")
                // The log keeps that something happened, not who it was.
                try await AuditEntry.query(on: change.db).filter(\.$actorID == id).set(\.$actorLabel, to: "borttaget konto").update()
            }
            req.sessionRecord = nil
            req.currentUser = nil
            req.actor = .anonymous
            req.sessionCookieChange = .clear
            return SiteURL.home.path(query: [("notice", "accountDeleted")])
        })
    }
}

extension MyAccountController {
    @Sendable func changePasswordForm(_ req: Request) async throws -> Response {
        req.html(ChangePasswordPage().render(try await req.page()))
    }

    /// ASVS 2.1.5: the current password first (throttled like signing in), then every other
    /// session of the person ends, this one stays, and they get a mail about it.
    @Sendable func changePassword(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let rules = req.application.passwordRules
        let service = req.application.siteFacts.serviceName
        return try await req.answerForm(render: { form, status in
            req.html(ChangePasswordPage(form: FormState(errors: form.errors)).render(try await req.page()), status: status)
        }, perform: { fields in
            let draft = try PasswordChangeDraft.read(fields, rules: rules, email: user.email).get()
            let attempt = try await LoginAttempts.admit(req, for: user, field: "currentPassword")
            guard try await req.passwords.verify(draft.current, against: user.passwordHash) else {
                throw FieldErrors(errors: [FieldError("currentPassword", "error.password.wrong")])
            }
            try await LoginAttempts.succeeded(attempt, on: req.db)
            let hash = try await req.passwords.hash(draft.new)
            let current = req.sessionRecord?.id
            try await req.change { change in
                let id = user.id!
                try await User.query(on: change.db).filter(\.$id == id).set(\.$passwordHash, to: hash).update()
                try await Self.endSessions(of: id, except: current, on: change.db)
                let mail = AccountMails.passwordChangedInAccount(Language(cookie: user.language), name: user.displayName, service: service)
                try await change.mail(to: user.email, name: user.displayName, subject: mail.subject, body: mail.body)
                try await change.audit("user.passwordChange", "user", id.uuidString, "password changed, other sessions ended")
            }
            user.passwordHash = hash
            return SiteURL.accounts(.overview).path(query: [("notice", "passwordChangedHere")])
        })
    }

    /// Every other session of this person ends; the one this is sent from stays.
    @Sendable func signOutEverywhere(_ req: Request) async throws -> Response {
        let user = try req.requireUser()
        let current = req.sessionRecord?.id
        return try await req.answerForm(render: { _, _ in req.seeOther(SiteURL.accounts(.overview).path) }, perform: { _ in
            try await req.change { change in
                try await Self.endSessions(of: user.id!, except: current, on: change.db)
                try await change.audit("user.signOutEverywhere", "user", user.id!.uuidString, "other sessions ended")
            }
            return SiteURL.accounts(.overview).path(query: [("notice", "signedOutElsewhere")])
        })
    }

    static func endSessions(of userID: UUID, except current: UUID?, on db: any Database) async throws {
        var sessions = SessionRecord.query(on: db).filter(\.$user.$id == userID)
        if let current { sessions = sessions.filter(\.$id != current) }
        try await sessions.delete()
    }
}

extension Request {
    func requireUser() throws -> User {
        guard let user = currentUser else { throw SignInRequired() }
        return user
    }
}
