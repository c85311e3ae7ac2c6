import Vapor
import Fluent
import Domain
import Views

/// `samverka create-admin --email … --name …`: the first administrator of a new installation.
struct CreateAdminCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "email", help: "The administrator's e-mail address.")
        var email: String?
        @Option(name: "name", help: "The name shown to others (default: Administratör).")
        var name: String?
        @Flag(name: "password-stdin", help: "Read the password from standard input instead of asking.")
        var passwordFromStdin: Bool
        init() {}
    }

    var help: String { "Creates an administrator account (asks for the password, or reads it with --password-stdin)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard let email = EmailAddress(signature.email ?? context.console.ask("E-mail address:")) else {
            context.console.error("That is not an e-mail address.")
            throw ExitCode(2)
        }
        let prompt = "Password (\(PasswordRules.minimumLength)–\(PasswordRules.maximumLength) characters):"
        let password = signature.passwordFromStdin
            ? (readLine(strippingNewline: true) ?? "")
            : context.console.ask(ConsoleText(stringLiteral: prompt), isSecure: true)
        if let problem = app.passwordRules.check(password, email: email.value) {
            context.console.error(Wording(.en).t("error.password.\(problem.rawValue)", ["min": String(PasswordRules.minimumLength), "max": String(PasswordRules.maximumLength)]))
            throw ExitCode(2)
        }
        try await app.autoMigrate()
        try await MunicipalitySeeder.seedIfNeeded(app)
        if try await User.query(on: app.db).filter(\.$email == email.value).first() != nil {
            context.console.error("An account with that address exists already; make it admin on the admin pages.")
            throw ExitCode(1)
        }
        let hash = try await app.passwords.hash(password)
        let coordinator = try await Department.query(on: app.db).filter(\.$isCoordinator == true).first()
        _ = try await AccountService.createConfirmed(
            on: app, email: email, displayName: signature.name ?? "Administratör", passwordHash: hash,
            role: .admin, departmentID: coordinator?.id, label: "create-admin")
        context.console.print("Administrator \(email.value) created. Sign in at \(app.baseAddress)/konto/logga-in")
    }
}
