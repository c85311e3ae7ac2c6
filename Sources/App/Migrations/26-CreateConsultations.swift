import Fluent

struct CreateConsultations: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Consultation.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("department_id", .uuid, .required, .references(Department.schema, .id))
            .field("slug", .string, .required)
            .field("title", .string, .required)
            .field("case_number", .string, .required)
            .field("summary", .string, .required)
            .field("easy_read", .string, .required)
            .field("body", .string, .required)
            .field("links", .string, .required)
            .field("questions", .string, .required)
            .field("announced_on", .datetime, .required)
            .field("opens_on", .datetime, .required)
            .field("closes_at", .datetime, .required)
            .field("compiled_at", .datetime)
            .field("compilation", .string, .required)
            .unique(on: "slug")
            .create()
        // Lists are by date: what is coming, what closes soonest, what closed last.
        try await database.createIndex("consultations_announced", on: Consultation.schema, "announced_on", "closes_at")
        try await database.createIndex("consultations_opens", on: Consultation.schema, "opens_on", "closes_at")
        try await database.createIndex("consultations_closes", on: Consultation.schema, "closes_at", "opens_on")
        try await database.createIndex("consultations_compiled", on: Consultation.schema, "compiled_at", "closes_at")
        try await database.createIndex("consultations_department", on: Consultation.schema, "department_id", "closes_at")
        try await database.schema(ConsultationDistrict.schema)
            .id()
            .field("consultation_id", .uuid, .required, .references(Consultation.schema, .id, onDelete: .cascade))
            .field("district_id", .uuid, .required, .references(District.schema, .id, onDelete: .cascade))
            .unique(on: "consultation_id", "district_id")
            .create()
        try await database.createIndex("consultation_districts_district", on: ConsultationDistrict.schema, "district_id", "consultation_id")
        try await database.schema(ConsultationCategory.schema)
            .id()
            .field("consultation_id", .uuid, .required, .references(Consultation.schema, .id, onDelete: .cascade))
            .field("category", .string, .required)
            .unique(on: "consultation_id", "category")
            .create()
        try await database.createIndex("consultation_categories_category", on: ConsultationCategory.schema, "category", "consultation_id")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(ConsultationCategory.schema).delete()
        try await database.schema(ConsultationDistrict.schema).delete()
        try await database.schema(Consultation.schema).delete()
    }
}
