import Fluent
import SQLKit

struct UpdateDepartmentsAddJoinedSince: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Department.schema).field("joined_since", .datetime).update()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Department.schema).deleteField("joined_since").update()
    }
}
