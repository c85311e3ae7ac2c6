import Fluent
import SQLKit

/// The tag tables: each filter in the directory is one indexed lookup.
struct CreateAssociationTags: AsyncMigration {
    static let tables: [(schema: String, column: String, type: DatabaseSchema.DataType)] = [
        (AssociationCategoryTag.schema, "category", .string),
        (AssociationTargetGroupTag.schema, "target_group", .string),
        (AssociationDistrict.schema, "district_id", .uuid),
        (AssociationCompetence.schema, "competence", .string),
    ]

    func prepare(on database: any Database) async throws {
        for table in Self.tables {
            var builder = database.schema(table.schema)
                .id()
                .field("association_id", .uuid, .required, .references(Association.schema, .id, onDelete: .cascade))
            builder = table.column == "district_id"
                ? builder.field("district_id", .uuid, .required, .references(District.schema, .id, onDelete: .cascade))
                : builder.field(.string(table.column), table.type, .required)
            try await builder.unique(on: "association_id", .string(table.column)).create()
            try await database.createIndex("\(table.schema)_lookup", on: table.schema, table.column, "association_id")
        }
    }

    func revert(on database: any Database) async throws {
        for table in Self.tables.reversed() { try await database.schema(table.schema).delete() }
    }
}
