import Fluent

struct CreateConsultationResponses: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(ConsultationResponse.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("consultation_id", .uuid, .required, .references(Consultation.schema, .id, onDelete: .cascade))
            .field("respondent_key", .string, .required)
            .field("association_id", .uuid, .references(Association.schema, .id, onDelete: .setNull))
            .field("author_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .field("public_name", .string, .required)
            .field("answers", .string, .required)
            .field("comment", .string, .required)
            .field("submitted_at", .datetime)
            .field("version", .int, .required)
            .field("draft_answers", .string)
            .field("draft_comment", .string)
            .field("draft_saved_at", .datetime)
            // One answer per association (or person) per consultation, even when two submits race.
            .unique(on: "consultation_id", "respondent_key")
            .create()
        try await database.createIndex("consultation_responses_submitted", on: ConsultationResponse.schema, "consultation_id", "submitted_at")
        try await database.createIndex("consultation_responses_author", on: ConsultationResponse.schema, "author_id")
        try await database.createIndex("consultation_responses_association", on: ConsultationResponse.schema, "association_id")
        try await database.schema(ConsultationResponseVersion.schema)
            .id()
            .field("response_id", .uuid, .required, .references(ConsultationResponse.schema, .id, onDelete: .cascade))
            .field("number", .int, .required)
            .field("answers", .string, .required)
            .field("comment", .string, .required)
            .field("submitted_at", .datetime, .required)
            .field("author_id", .uuid)
            .unique(on: "response_id", "number")
            .create()
        try await database.schema(ConsultationInvitation.schema)
            .id()
            .field("consultation_id", .uuid, .required, .references(Consultation.schema, .id, onDelete: .cascade))
            .field("association_id", .uuid, .required, .references(Association.schema, .id, onDelete: .cascade))
            .field("invited_at", .datetime, .required)
            .unique(on: "consultation_id", "association_id")
            .create()
        try await database.createIndex("consultation_invitations_association", on: ConsultationInvitation.schema, "association_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ConsultationInvitation.schema).delete()
        try await database.schema(ConsultationResponseVersion.schema).delete()
        try await database.schema(ConsultationResponse.schema).delete()
    }
}
