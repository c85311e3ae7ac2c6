import Fluent

/// One text file a mail carries: the confirmation of a place at an event carries the event's calendar entry.
struct UpdateOutboxAddAttachment: AsyncMigration {
    func prepare(on database: any Database) async throws {
        for column in ["attachment_name", "attachment_type", "attachment_content"] {
            try await database.schema(OutboxMessage.schema).field(FieldKey(stringLiteral: column), .string).update()
        }
    }

    func revert(on database: any Database) async throws {
        for column in ["attachment_content", "attachment_type", "attachment_name"] {
            try await database.schema(OutboxMessage.schema).deleteField(FieldKey(stringLiteral: column)).update()
        }
    }
}
