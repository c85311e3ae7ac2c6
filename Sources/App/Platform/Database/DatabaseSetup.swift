import Vapor
import Fluent
import FluentSQLiteDriver
import FluentPostgresDriver
import SQLKit

enum DatabaseSetup {
    static func configure(_ app: Application, storage: Settings.Storage) async throws {
        switch storage {
        case .sqliteMemory:
            app.databases.use(.sqlite(.memory, sqlLogLevel: nil), as: .sqlite)
        case .sqliteFile(let path):
            let directory = (path as NSString).deletingLastPathComponent
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            app.databases.use(.sqlite(.file(path), sqlLogLevel: nil), as: .sqlite)
            // WAL lets readers work while one writer writes; the setting is kept in the file.
            let sql = app.db as! any SQLDatabase
            try await sql.raw("PRAGMA journal_mode=WAL").run()
        case .postgres(let url, let schema):
            var configuration = try SQLPostgresConfiguration(url: url)
            if let schema { configuration.searchPath = [schema] }
            app.databases.use(.postgres(configuration: configuration, maxConnectionsPerEventLoop: 4, sqlLogLevel: .debug), as: .psql)
        }
    }

    /// "sqlite" or "postgres", as /health reports it.
    static func kind(_ app: Application) -> String {
        app.settings.storage.kindName
    }
}
