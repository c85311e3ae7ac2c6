import Vapor
import Fluent
import SQLKit
import NIOConcurrencyHelpers

struct CreateContentVersion: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ContentVersionRow.schema)
            .field("id", .int, .identifier(auto: false))
            .field("version", .int64, .required)
            .create()
        try await ContentVersionRow(version: 1).create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ContentVersionRow.schema).delete()
    }
}
