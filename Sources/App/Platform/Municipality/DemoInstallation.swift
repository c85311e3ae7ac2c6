import Vapor

/// What the Örebro demo brings when it is built in: the `Demo` target makes one and installs it
/// (the `samverka` executable and the tests do). The App knows the demo only through this: its
/// example accounts for the sign-in page, and how to fill a new database with its content.
public struct DemoInstallation: Sendable {
    /// The example accounts' addresses, as the sign-in page lists them.
    public var accounts: [String]
    public var password: String
    public var adminEmail: String
    /// The demo admin's published authenticator key.
    public var adminSecondFactorKey: [UInt8]
    /// Fills the database with the demo's content once (a marker keeps a second start from repeating it).
    public var seed: @Sendable (Application) async throws -> Void

    public init(accounts: [String], password: String, adminEmail: String, adminSecondFactorKey: [UInt8],
                seed: @escaping @Sendable (Application) async throws -> Void) {
        self.accounts = accounts
        self.password = password
        self.adminEmail = adminEmail
        self.adminSecondFactorKey = adminSecondFactorKey
        self.seed = seed
    }
}

extension Application {
    private struct DemoKey: StorageKey {
        typealias Value = DemoInstallation
    }

    /// The demo, when the executable was built with it and the installation uses the built-in
    /// municipality (`Settings.isDemo`); nil otherwise.
    public var demo: DemoInstallation? {
        get { settings.isDemo ? storage[DemoKey.self] : nil }
        set { storage[DemoKey.self] = newValue }
    }
}
