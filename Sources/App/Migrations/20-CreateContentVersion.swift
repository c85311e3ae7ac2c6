import Vapor
import Fluent
import SQLKit

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

/// The one number every change used to raise; `content_changes` (migration 35) took its place.
/// The table stays so that instances of the previous release keep writing while others upgrade.
final class ContentVersionRow: Model, @unchecked Sendable {
    static let schema = "content_version"

    @ID(custom: "id", generatedBy: .user) var id: Int?
    @Field(key: "version") var version: Int

    init() {}

    init(version: Int) {
        self.id = 1
        self.version = version
    }
}

extension ContentVersionRow: ListedProperties {
    var listedProperties: [any AnyProperty] { [$id, $version] }
}
