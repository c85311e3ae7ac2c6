import Vapor
import App

/// The Örebro demo, a target of its own: example accounts and content for every area, and the
/// synthetic national-scale data for benchmarks (`seed --scale`). The `samverka` executable and
/// the tests install it; the App knows it only as a `DemoInstallation`.
public enum DemoSetup {
    public static let installation = DemoInstallation(
        accounts: DemoAccounts.all.map(\.email), password: DemoAccounts.password, adminEmail: DemoAccounts.adminEmail,
        adminSecondFactorKey: DemoAccounts.adminSecondFactorKey, seed: { try await DemoSeeder.seedIfNeeded($0) })

    /// Installs the demo and its `seed` command in a configured app.
    public static func install(_ app: Application) {
        app.demo = installation
        app.asyncCommands.use(SeedCommand(), as: "seed")
    }
}
