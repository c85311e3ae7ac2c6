import Vapor
import Fluent
import Domain
import Views

/// The account use cases shared by the web pages and the command line.
enum AccountService {
    /// Creates an unconfirmed account and mails a confirmation link. When the address is already
    /// taken, the owner gets a mail instead, and the page says the same either way. Either mail
    /// counts against the address's limit: anyone can type anyone's address here.
    static func register(_ req: Request, email: EmailAddress, displayName: String, passwordHash: String) async throws {
        let app = req.application
        let language = req.language
        let service = app.siteFacts.serviceName
        try await req.change { change in
            if let existing = try await User.query(on: change.db).filter(\.$email == email.value).first() {
                let mail = AccountMails.alreadyRegistered(
                    Language(cookie: existing.language), name: existing.displayName,
                    loginLink: app.baseAddress + SiteURL.accounts(.login).path,
                    resetLink: app.baseAddress + SiteURL.accounts(.forgotPassword).path, service: service)
                try await change.limitedMail(to: existing.email, name: existing.displayName, subject: mail.subject, body: mail.body)
                try await change.audit("user.register.existing", "user", existing.id!.uuidString, "registration tried with a taken address")
                return
            }
            let user = User(email: email.value, displayName: displayName, passwordHash: passwordHash, language: language.rawValue)
            try await user.create(on: change.db)
            let secret = try await AccountTokens.issue(.confirmEmail, for: user.id!, in: change)
            let mail = AccountMails.confirmEmail(language, link: AccountTokens.link(app, SiteURL.accounts(.confirm).path, token: secret),
                                                 service: service)
            try await change.limitedMail(to: user.email, name: nil, subject: mail.subject, body: mail.body)
            try await change.audit("user.register", "user", user.id!.uuidString, "role: member")
        }
    }

    /// Sends a fresh confirmation link to someone who signs in before confirming — at most as
    /// often as the address's limit allows; past it the page says the same and nothing is sent.
    static func resendConfirmation(_ req: Request, user: User) async throws {
        let app = req.application
        do {
            try await req.change { change in
                let secret = try await AccountTokens.issue(.confirmEmail, for: user.id!, in: change)
                let mail = AccountMails.confirmEmail(Language(cookie: user.language),
                                                     link: AccountTokens.link(app, SiteURL.accounts(.confirm).path, token: secret),
                                                     service: app.siteFacts.serviceName)
                try await change.limitedMail(to: user.email, name: nil, subject: mail.subject, body: mail.body)
                try await change.audit("user.confirmEmail.resent", "user", user.id!.uuidString)
            }
        } catch is LimitReached {
            return
        }
    }

    /// Creates a confirmed account directly; used by `create-admin` and the demo.
    static func createConfirmed(
        on app: Application, email: EmailAddress, displayName: String, passwordHash: String, role: Actor.Role,
        departmentID: UUID?, label: String
    ) async throws -> User {
        try await app.change(label: label) { change in
            let user = User(email: email.value, displayName: displayName, passwordHash: passwordHash, role: role,
                            departmentID: departmentID, emailConfirmedAt: change.now)
            try await user.create(on: change.db)
            try await change.audit("user.create", "user", user.id!.uuidString, "role: \(role.rawValue)")
            return user
        }
    }
}
