@testable import App
import Testing
import Vapor
import SQLKit

@Suite("What an operator reads when the database cannot be used")
struct DatabaseFailureTests {
    @Test("PostgreSQL not listening: one line naming the address from DATABASE_URL, not the driver's generic text")
    func connectionRefused() async throws {
        var settings = Settings()
        settings.storage = .postgres(url: "postgres://samverka:hemligt@127.0.0.1:1/samverka", schema: nil)
        settings.connectionWait = 2
        let app = try await Application.make(.testing)
        do {
            try await DatabaseSetup.configure(app, settings: settings)
            await #expect {
                try await (app.db as! any SQLDatabase).raw("SELECT 1").run()
            } throws: { error in
                guard let line = DatabaseFailure.line(for: error, settings: settings) else { return false }
                return line.hasPrefix("cannot connect to PostgreSQL at 127.0.0.1:1/samverka (DATABASE_URL)")
                    && line.contains("refused") && !line.contains("hemligt") && !line.contains("\n")
            }
        } catch {
            Issue.record(error)
        }
        try await app.asyncShutdown()
    }

    @Test("other errors are left as they are")
    func otherErrors() {
        #expect(DatabaseFailure.line(for: SettingsError(variable: .databaseURL, problem: "x"), settings: Settings()) == nil)
    }
}
