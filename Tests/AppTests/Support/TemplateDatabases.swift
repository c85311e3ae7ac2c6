@testable import App
@testable import Demo
import Vapor
import Fluent
import FluentPostgresDriver
import SQLKit
import Foundation

/// Each test gets a database of its own that is already migrated and seeded: a copy of a
/// template made once per test process and kind of installation. Migrating and seeding for
/// every one of ~120 tests was most of the suite's time.
///
/// SQLite: the template is a file in a RAM-backed folder (/dev/shm where there is one), copied
/// per test — an in-memory database in all but name, in WAL mode as in production.
/// PostgreSQL: the template is a database; each test's is `CREATE DATABASE … TEMPLATE` (~0.1 s).
actor TemplateDatabases {
    static let shared = TemplateDatabases()

    /// What makes two installations' starting data differ.
    struct Kind: Hashable, Sendable {
        var demo: Bool
        var settings: Settings
        var clock: Date

        static func == (lhs: Kind, rhs: Kind) -> Bool {
            lhs.demo == rhs.demo && lhs.clock == rhs.clock && lhs.settings.baseURL == rhs.settings.baseURL
                && lhs.settings.municipalityFile == rhs.settings.municipalityFile
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(demo)
            hasher.combine(clock)
            hasher.combine(settings.baseURL)
            hasher.combine(settings.municipalityFile)
        }
    }

    private var templates: [Kind: Task<String, any Error>] = [:]
    private var count = 0

    /// The folder this process keeps its SQLite files in; folders of processes that ended are removed.
    nonisolated static let folder: String = {
        let base = FileManager.default.fileExists(atPath: "/dev/shm") ? "/dev/shm" : NSTemporaryDirectory()
        for name in (try? FileManager.default.contentsOfDirectory(atPath: base)) ?? [] where name.hasPrefix("samverka-tests-") {
            if let pid = Int32(name.dropFirst("samverka-tests-".count)), kill(pid, 0) != 0 {
                try? FileManager.default.removeItem(atPath: base + "/" + name)
            }
        }
        let folder = "\(base)/samverka-tests-\(getpid())"
        try? FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        return folder
    }()

    /// A fresh database for one test, as storage settings; `remove` it when the test is done.
    func fresh(_ kind: Kind, postgresURL: String?) async throws -> Settings.Storage {
        let template = try await template(kind, postgresURL: postgresURL)
        count += 1
        let name = "t\(getpid())_\(count)_\(UUID().uuidString.prefix(8).lowercased())"
        if let postgresURL {
            try await Self.maintenance(postgresURL, "CREATE DATABASE \(name) TEMPLATE \(template)")
            return .postgres(url: Self.url(postgresURL, database: name), schema: nil)
        }
        let path = "\(Self.folder)/\(name).sqlite"
        try FileManager.default.copyItem(atPath: template, toPath: path)
        return .sqliteScratch(path: path)
    }

    nonisolated func remove(_ storage: Settings.Storage, postgresURL: String?) async {
        switch storage {
        case .postgres(let url, _):
            guard let postgresURL, let name = URL(string: url)?.lastPathComponent else { return }
            _ = try? await Self.maintenance(postgresURL, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        case .sqliteScratch(let path), .sqliteFile(let path):
            for suffix in ["", "-wal", "-shm"] { try? FileManager.default.removeItem(atPath: path + suffix) }
        }
    }

    private func template(_ kind: Kind, postgresURL: String?) async throws -> String {
        if let made = templates[kind] { return try await made.value }
        // Stored before the first await: tests asking at the same moment wait for this one.
        let first = templates.isEmpty
        count += 1
        let name = "tmpl\(getpid())_\(count)"
        let task = Task {
            if first, let postgresURL { try await Self.removeLeftovers(postgresURL) }
            return try await Self.make(kind, name: name, postgresURL: postgresURL)
        }
        templates[kind] = task
        return try await task.value
    }

    /// Migrates and seeds a new template as a test's own start used to.
    private static func make(_ kind: Kind, name: String, postgresURL: String?) async throws -> String {
        var settings = kind.settings
        if let postgresURL {
            try await maintenance(postgresURL, "DROP DATABASE IF EXISTS \(name)")
            try await maintenance(postgresURL, "CREATE DATABASE \(name)")
            settings.storage = .postgres(url: url(postgresURL, database: name), schema: nil)
        } else {
            settings.storage = .sqliteScratch(path: "\(folder)/\(name).sqlite")
        }
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            try await configure(app, settings: settings)
            app.wallClock = FixedClock(kind.clock)
            try await app.autoMigrate()
            try await MunicipalitySeeder.seedIfNeeded(app)
            if kind.demo && settings.isDemo { try await DemoSeeder.seedIfNeeded(app) }
            if postgresURL == nil {
                // Everything into the main file, so a copy of that one file is the whole database.
                try await (app.db as! any SQLDatabase).raw("PRAGMA wal_checkpoint(TRUNCATE)").run()
            }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
        try await app.asyncShutdown()
        return postgresURL == nil ? "\(folder)/\(name).sqlite" : name
    }

    /// Databases left by test processes that have ended (a run stopped half-way).
    private static func removeLeftovers(_ postgresURL: String) async throws {
        let names = try await maintenance(postgresURL, "SELECT datname FROM pg_database WHERE datname ~ '^(tmpl|t)[0-9]+_'")
        for name in names {
            guard let pid = Int32(name.drop { $0.isLetter }.prefix { $0.isNumber }), pid != getpid(), kill(pid, 0) != 0 else { continue }
            try await maintenance(postgresURL, "DROP DATABASE IF EXISTS \(name) WITH (FORCE)")
        }
    }

    /// Runs one statement on the database the URL names (creating and dropping databases); the
    /// first column of the rows it returns.
    @discardableResult
    private static func maintenance(_ postgresURL: String, _ statement: String) async throws -> [String] {
        let app = try await Application.make(.testing)
        app.logger.logLevel = .warning
        do {
            app.databases.use(.postgres(configuration: try SQLPostgresConfiguration(url: postgresURL), sqlLogLevel: .trace), as: .psql)
            let rows = try await (app.db as! any SQLDatabase).raw(SQLQueryString(statement)).all()
            try await app.asyncShutdown()
            return try rows.map { try $0.decode(column: $0.allColumns[0], as: String.self) }
        } catch {
            try? await app.asyncShutdown()
            throw error
        }
    }

    /// The same server and credentials, another database.
    private static func url(_ postgresURL: String, database: String) -> String {
        guard var components = URLComponents(string: postgresURL) else { return postgresURL }
        components.path = "/" + database
        return components.string ?? postgresURL
    }
}
