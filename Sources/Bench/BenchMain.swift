import App
import Vapor
#if canImport(Glibc)
import Glibc
#endif

/// `samverka-bench`: benchmark commands kept out of the product (`bench/fan-out` runs
/// `samverka-bench bench-notices`). Configured like `samverka`, from the same settings.
@main
enum BenchMain {
    static func main() async throws {
        var environment = try Environment.detect()
        try LoggingSystem.bootstrap(from: &environment)
        let app = try await Application.make(environment)
        var status: Int32 = 0
        do {
            try await configure(app, settings: try Settings.fromEnvironment())
            app.asyncCommands.use(BenchNoticesCommand(), as: "bench-notices")
            try await app.execute()
        } catch let exit as ExitCode {
            status = exit.code
        } catch {
            FileHandle.standardError.write(Data("samverka-bench: \(error)\n".utf8))
            status = 1
        }
        try? await app.asyncShutdown()
        if status != 0 { exit(status) }
    }
}
