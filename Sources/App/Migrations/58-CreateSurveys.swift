import Fluent

/// The yearly survey: one a year, and one answer per association and per department.
struct CreateSurveys: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Survey.schema)
            .id()
            .field("updated_at", .datetime)
            .field("year", .int, .required)
            .field("questions", .string, .required)
            .field("opens", .string, .required)
            .field("closes", .string, .required)
            .unique(on: "year")
            .create()
        try await database.schema(SurveyAnswer.schema)
            .id()
            .field("created_at", .datetime)
            .field("survey_id", .uuid, .required, .references(Survey.schema, .id, onDelete: .cascade))
            .field("respondent_key", .string, .required)
            .field("respondent_group", .string, .required)
            .field("department_id", .uuid, .references(Department.schema, .id, onDelete: .setNull))
            .field("scores", .string, .required)
            .field("comment", .string, .required)
            .unique(on: "survey_id", "respondent_key")
            .create()
        try await database.createIndex("survey_answers_group", on: SurveyAnswer.schema, "survey_id", "respondent_group")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(SurveyAnswer.schema).delete()
        try await database.schema(Survey.schema).delete()
    }
}
