import Vapor
import App

/// `samverka seed --demo` adds the Örebro example content; `samverka seed --scale N [--seed S]`
/// adds N synthetic associations (and what belongs to them) for benchmarks.
struct SeedCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Flag(name: "demo", help: "Add the Örebro demo: example accounts and content.")
        var demo: Bool
        @Option(name: "scale", help: "Add this many synthetic associations (up to 2 000 000).")
        var scale: Int?
        @Option(name: "seed", help: "The random seed for --scale (default 1); the same seed gives the same data.")
        var seed: Int?
        init() {}
    }

    var help: String { "Fills the database with example data (--demo) or synthetic data for benchmarks (--scale N)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard signature.demo || signature.scale != nil else {
            context.console.error("Say what to seed: --demo or --scale N")
            throw ExitCode(2)
        }
        try await app.autoMigrate()
        try await MunicipalitySeeder.seedIfNeeded(app)
        if signature.demo {
            try await DemoSeeder.seedIfNeeded(app)
            context.console.print("The demo data is in place. Example accounts use the password \(DemoAccounts.password).")
        }
        if let count = signature.scale {
            guard (1...2_000_000).contains(count) else {
                context.console.error("--scale takes a number from 1 to 2000000")
                throw ExitCode(2)
            }
            if try await AppMeta.find(ScaleSeeder.markerKey, on: app.db) != nil {
                context.console.error("This database already has synthetic data; use a new SAMVERKA_DATA_DIR or database.")
                throw ExitCode(1)
            }
            let started = Date()
            let terminal = isatty(STDOUT_FILENO) == 1
            try await ScaleSeeder(app: app, count: count, seed: UInt64(signature.seed ?? 1)).run { done, total in
                if terminal || done == total || done % 10_000 == 0 {
                    let width = 30, filled = width * done / total
                    let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
                    FileHandle.standardOutput.write(Data("\r\(bar) \(done)/\(total)\(terminal ? "" : "\n")".utf8))
                }
            }
            context.console.print("\nSeeded \(count) associations in \(Int(Date().timeIntervalSince(started))) s.")
        }
    }
}
