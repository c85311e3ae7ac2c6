import Fluent
import SQLKit

struct CreateEndorsements: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Endorsement.schema)
            .id()
            .field("association_id", .uuid, .references(Association.schema, .id, onDelete: .cascade))
            .field("department_id", .uuid, .references(Department.schema, .id, onDelete: .cascade))
            .field("kind", .string, .required)
            .field("decided_on", .datetime, .required)
            .field("signatory_role", .string, .required)
            .field("decision_reference", .string, .required)
            .field("recorded_by", .uuid)
            .field("recorded_by_name", .string, .required)
            .field("recorded_at", .datetime, .required)
            .create()
        try await database.createIndex("endorsements_association", on: Endorsement.schema, "association_id", "decided_on")
        try await database.createIndex("endorsements_department", on: Endorsement.schema, "department_id", "decided_on")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Endorsement.schema).delete()
    }
}
