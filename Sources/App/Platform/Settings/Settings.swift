import Foundation

/// Everything Samverka reads from its environment, read once at start-up into typed values.
/// The variable names live here and nowhere else.
public struct Settings: Sendable {
    public enum Variable: String, CaseIterable, Sendable {
        case dataDirectory = "SAMVERKA_DATA_DIR"
        case databaseURL = "DATABASE_URL"
        case smtpURL = "SAMVERKA_SMTP_URL"
        case baseURL = "SAMVERKA_BASE_URL"
        case municipality = "SAMVERKA_MUNICIPALITY"
        case trustedProxies = "SAMVERKA_TRUSTED_PROXIES"
        case demo = "SAMVERKA_DEMO"
        case secretKey = "SAMVERKA_SECRET_KEY"
        case metricsToken = "SAMVERKA_METRICS_TOKEN"
        case databaseConnections = "SAMVERKA_DATABASE_CONNECTIONS"
    }

    public enum Storage: Sendable, Equatable {
        /// An SQLite file in the data directory (the embedded default).
        case sqliteFile(path: String)
        /// A throwaway SQLite file, for tests: a copy of a migrated and seeded template, in a
        /// RAM-backed folder.
        case sqliteScratch(path: String)
        /// PostgreSQL; `schema` isolates a test run inside a shared database.
        case postgres(url: String, schema: String?)

        public var kindName: String {
            if case .postgres = self { return "postgres" }
            return "sqlite"
        }
    }

    public var dataDirectory: String
    public var storage: Storage
    public var smtp: SMTPSettings?
    public var baseURL: URL
    /// Whether SAMVERKA_BASE_URL said the address; without it links use the address served (`Application.baseAddress`).
    public var baseURLIsSet = false
    /// A municipality file; nil means the built-in Örebro demo.
    public var municipalityFile: String?
    /// bcrypt work factor: 12 in production, lowered in tests where speed matters more.
    public var bcryptCost: Int
    /// Run the mail worker inside `serve`.
    public var runsMailWorker: Bool
    /// Addresses of reverse proxies whose X-Forwarded-For is believed (for sign-in throttling).
    public var trustedProxies: Set<String> = []
    /// How long a request waits for a database connection before failing. The tests run a whole
    /// suite at once on two cores and wait longer than a server should.
    public var connectionWait: Int64 = 10
    /// 32 bytes that seal the TOTP keys in the database (`SecretBox`); nil means the data
    /// directory's key file. Several instances must share one.
    public var secretKey: Data?
    /// A bearer token that lets a scraper on another machine read `/metrics`; loopback needs none.
    public var metricsToken: String?
    /// PostgreSQL connections one instance may open, shared out over its event loops (one per
    /// core). Several instances share the server's `max_connections` (100 by default).
    public var databaseConnections = 8

    public init(dataDirectory: String = "./data", storage: Storage? = nil, smtp: SMTPSettings? = nil,
                baseURL: URL? = nil, municipalityFile: String? = nil,
                bcryptCost: Int = 12, runsMailWorker: Bool = true) {
        self.dataDirectory = dataDirectory
        self.storage = storage ?? .sqliteFile(path: dataDirectory + "/samverka.sqlite")
        self.smtp = smtp
        self.baseURL = baseURL ?? URL(string: "http://127.0.0.1:8080")!
        self.baseURLIsSet = baseURL != nil
        self.municipalityFile = municipalityFile
        self.bcryptCost = bcryptCost
        self.runsMailWorker = runsMailWorker
    }

    public var isHTTPS: Bool { baseURL.scheme == "https" }

    /// The built-in configuration is the Örebro demo; it brings example content with it.
    public var isDemo: Bool { municipalityFile == nil }
}

/// A setting that cannot be used: start-up stops with this one line.
public struct SettingsError: Error, CustomStringConvertible, Equatable {
    public let variable: Settings.Variable
    public let problem: String

    public var description: String { "\(variable.rawValue): \(problem)" }
}

extension Settings {
    public static func fromEnvironment(_ environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Settings {
        func value(_ variable: Variable) -> String? {
            guard let raw = environment[variable.rawValue]?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else { return nil }
            return raw
        }
        var settings = Settings(dataDirectory: value(.dataDirectory) ?? "./data")
        if let url = value(.databaseURL) {
            guard let parsed = URL(string: url), ["postgres", "postgresql"].contains(parsed.scheme ?? ""), parsed.host != nil else {
                throw SettingsError(variable: .databaseURL, problem: "must be a PostgreSQL URL like postgres://user:password@127.0.0.1:5432/samverka")
            }
            settings.storage = .postgres(url: url, schema: nil)
        }
        if let smtp = value(.smtpURL) {
            do {
                settings.smtp = try SMTPSettings(url: smtp)
            } catch let error as SMTPSettings.Problem {
                throw SettingsError(variable: .smtpURL, problem: error.message)
            }
        }
        if let base = value(.baseURL) {
            guard let url = URL(string: base), ["http", "https"].contains(url.scheme ?? ""), url.host != nil,
                  url.query == nil else {
                throw SettingsError(variable: .baseURL, problem: "must be an http(s) address like https://samverka.example.se")
            }
            settings.baseURL = URL(string: base.hasSuffix("/") ? String(base.dropLast()) : base)!
            settings.baseURLIsSet = true
        }
        if let proxies = value(.trustedProxies) {
            let list = proxies.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }
            guard list.allSatisfy({ !$0.isEmpty && $0.allSatisfy { $0.isHexDigit || $0 == "." || $0 == ":" } }) else {
                throw SettingsError(variable: .trustedProxies, problem: "must be IP addresses separated by commas, like 127.0.0.1")
            }
            settings.trustedProxies = Set(list)
        }
        if let token = value(.metricsToken) {
            guard token.count >= 24, token.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "-_.~".contains($0)) }) else {
                throw SettingsError(variable: .metricsToken, problem: "must be at least 24 letters, digits or -_.~ (openssl rand -hex 16 makes one)")
            }
            settings.metricsToken = token
        }
        if let raw = value(.databaseConnections) {
            guard let count = Int(raw), (1...100).contains(count) else {
                throw SettingsError(variable: .databaseConnections, problem: "must be a whole number from 1 to 100, the PostgreSQL connections one instance may open")
            }
            settings.databaseConnections = count
        }
        if let file = value(.municipality) {
            guard FileManager.default.isReadableFile(atPath: file) else {
                throw SettingsError(variable: .municipality, problem: "cannot read the file \(file)")
            }
            settings.municipalityFile = file
        }
        if let key = value(.secretKey) {
            guard let data = Data(base64Encoded: key), data.count == 32 else {
                throw SettingsError(variable: .secretKey, problem: "must be 32 random bytes in base64, e.g. from `openssl rand -base64 32`")
            }
            settings.secretKey = data
        }
        // The demo lists its accounts and their password on the sign-in page: on a public
        // https:// address it must have been asked for, not be what a forgotten setting gives.
        switch value(.demo) {
        case nil, "0": if settings.isDemo && settings.isHTTPS {
            throw SettingsError(variable: .baseURL, problem: "is https:// but no SAMVERKA_MUNICIPALITY is set, so the demo with its published passwords would start; set SAMVERKA_MUNICIPALITY, or SAMVERKA_DEMO=1 to show the demo on purpose")
        }
        case "1": break
        default: throw SettingsError(variable: .demo, problem: "must be 1 (show the demo on an https:// address) or 0")
        }
        return settings
    }
}

extension Settings {
    /// Makes the data directory if it is missing, or stops with one line saying why it cannot.
    func makeDataDirectory() throws { try Self.makeFolder(dataDirectory) }

    /// Makes a folder of the data directory's (it, or the SQLite file's) if it is missing.
    static func makeFolder(_ path: String) throws {
        do {
            try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        } catch {
            throw SettingsError(variable: .dataDirectory, problem: "cannot make the folder \(path): \(reason(error))")
        }
    }

    /// The operating system's words for a file error ("Permission denied"), not Foundation's dump.
    static func reason(_ error: any Error) -> String {
        let error = error as NSError
        let underlying = error.userInfo[NSUnderlyingErrorKey]
        let code: Int32? = if let posix = underlying as? POSIXError { posix.code.rawValue }
            else if let posix = underlying as? NSError, posix.domain == NSPOSIXErrorDomain { Int32(posix.code) }
            else if error.domain == NSPOSIXErrorDomain { Int32(error.code) }
            else { nil }
        guard let code, let text = strerror(code) else { return error.localizedDescription }
        return String(cString: text)
    }
}
