import Fluent
import SQLKit

/// Fluent's schema builder makes unique constraints but not plain indexes; SQLKit's index
/// builder does, in the dialect of whichever database runs the migration.
extension Database {
    func createIndex(_ name: String, on table: String, _ columns: String...) async throws {
        try await createIndex(name, on: table, columns)
    }

    func createIndex(_ name: String, on table: String, _ columns: [String]) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        var builder = sql.create(index: name).on(table)
        for column in columns { builder = builder.column(column) }
        try await builder.run()
    }

    func dropIndex(_ name: String) async throws {
        guard let sql = self as? any SQLDatabase else { return }
        try await sql.drop(index: name).ifExists().run()
    }
}

/// Which database a migration runs on, where the two need different SQL.
extension Database {
    var isPostgres: Bool { (self as? any SQLDatabase)?.dialect.name == "postgresql" }
}

/// A migration that only adds plain indexes: it lists them, and makes (or drops) them in order.
protocol IndexMigration: AsyncMigration {
    static var indexes: [(name: String, table: String, columns: [String])] { get }
}

extension IndexMigration {
    func prepare(on database: any Database) async throws {
        for index in Self.indexes { try await database.createIndex(index.name, on: index.table, index.columns) }
    }

    func revert(on database: any Database) async throws {
        for index in Self.indexes { try await database.dropIndex(index.name) }
    }
}
