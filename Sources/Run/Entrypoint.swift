import App
import Demo
import Vapor
#if canImport(Glibc)
import Glibc
#endif

/// Reads the settings, configures the app and runs the command (`serve` when none is given).
@main
enum Entrypoint {
    static func main() async throws {
        var environment = try Environment.detect()
        try LoggingSystem.bootstrap(from: &environment)
        let settings: Settings
        do {
            settings = try Settings.fromEnvironment()
        } catch {
            FileHandle.standardError.write(Data("samverka: \(error)\n".utf8))
            exit(2)
        }
        let app = try await Application.make(environment)
        var status: Int32 = 0
        do {
            try await configure(app, settings: settings)
            DemoSetup.install(app)
            if isServe(environment.arguments) {
                try await prepareDatabase(app)
                startBackgroundWork(app)
                if !settings.baseURLIsSet {
                    app.logger.warning("SAMVERKA_BASE_URL is not set: links in pages and mails use the address served, which only works on this machine. Set it to the public address, like https://samverka.example.se")
                }
            }
            try await app.execute()
        } catch let exit as ExitCode {
            status = exit.code
        } catch {
            app.logger.report(error: error)
            let line = DatabaseFailure.line(for: error, settings: settings) ?? String(describing: error)
            FileHandle.standardError.write(Data("samverka: \(line)\n".utf8))
            status = 1
        }
        try? await app.asyncShutdown()
        if status != 0 { exit(status) }
    }

    /// `samverka`, `samverka serve …` and `samverka --port 8081` all serve.
    static func isServe(_ arguments: [String]) -> Bool {
        guard arguments.count > 1 else { return true }
        let first = arguments[1]
        if first == "serve" { return true }
        return first.hasPrefix("-") && !["-h", "--help", "--autocomplete"].contains(first)
    }
}
