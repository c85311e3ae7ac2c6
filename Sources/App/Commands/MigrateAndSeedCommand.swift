import Vapor

/// `samverka migrate`: brings the database schema up to date and seeds the municipality file
/// into a new database. Safe to run again; run it once before starting several instances.
struct MigrateAndSeedCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Creates or updates the database tables and seeds the municipality configuration." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        try await MunicipalitySeeder.seedIfNeeded(app)
        context.console.print("Database is up to date (\(app.settings.storage.kindName)).")
    }
}

/// `samverka seed --demo`: adds the Örebro example content to a database that lacks it.
struct SeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "demo", help: "Add the Örebro demo: example accounts and content.")
        var demo: Bool
        init() {}
    }

    var help: String { "Fills the database with example data (--demo)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard signature.demo else {
            context.console.error("Say what to seed: --demo")
            throw ExitCode(2)
        }
        let app = context.application
        try await app.autoMigrate()
        try await MunicipalitySeeder.seedIfNeeded(app)
        try await DemoSeeder.seedIfNeeded(app)
        context.console.print("The demo data is in place. Example accounts use the password \(DemoAccounts.password).")
    }
}

/// A command's way to end with a given exit status.
public struct ExitCode: Error {
    public let code: Int32
    public init(_ code: Int32) { self.code = code }
}
