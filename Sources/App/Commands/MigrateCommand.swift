import Vapor

/// `samverka migrate`: brings the database schema up to date and seeds the municipality file
/// into a new database. Safe to run again; run it once before starting several instances.
struct MigrateCommand: AsyncCommand {
    struct Signature: CommandSignature {}

    var help: String { "Creates or updates the database tables and seeds the municipality configuration." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        try await app.autoMigrate()
        try await MunicipalitySeeder.seedIfNeeded(app)
        context.console.print("Database is up to date (\(app.settings.storage.kindName)).")
    }
}

/// A command's way to end with a given exit status.
public struct ExitCode: Error {
    public let code: Int32
    public init(_ code: Int32) { self.code = code }
}
