import Fluent
import SQLKit

/// A verified association's new name or organisation number waits for staff in these columns,
/// while the approved ones stay in `name` and `org_number` (and so in the search index).
/// `rename_refusal` is staff's reason when they said no, shown to the representatives.
struct UpdateAssociationsAddPendingName: AsyncMigration {
    static let columns = ["pending_name", "pending_org_number", "pending_proposed_at", "pending_proposed_by", "rename_refusal"]

    func prepare(on database: any Database) async throws {
        // One column a statement: SQLite adds one column per ALTER TABLE.
        try await database.schema(Association.schema).field("pending_name", .string).update()
        try await database.schema(Association.schema).field("pending_org_number", .string).update()
        try await database.schema(Association.schema).field("pending_proposed_at", .datetime).update()
        try await database.schema(Association.schema).field("pending_proposed_by", .uuid).update()
        try await database.schema(Association.schema).field("rename_refusal", .string).update()
        // The staff's list of waiting names: a handful of rows among many, oldest first.
        try await (database as! any SQLDatabase).raw("""
            CREATE INDEX associations_pending_rename ON associations (pending_proposed_at) WHERE pending_name IS NOT NULL
            """).run()
    }

    func revert(on database: any Database) async throws {
        try await database.dropIndex("associations_pending_rename")
        for column in Self.columns.reversed() {
            try await database.schema(Association.schema).deleteField(FieldKey(stringLiteral: column)).update()
        }
    }
}
