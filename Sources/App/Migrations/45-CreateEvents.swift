import Fluent

/// Events: when (the wall-clock day and time in Stockholm as written, and the moments for
/// ordering and "coming"), where, for whom, who organises; cancelled ones stay, marked.
struct CreateEvents: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(Event.schema)
            .publishedByParty()
            .field("kind", .string, .required)
            .field("start_day", .string, .required)
            .field("start_time", .string)
            .field("end_day", .string, .required)
            .field("end_time", .string)
            .field("starts_at", .datetime, .required)
            .field("ends_at", .datetime, .required)
            .field("place_name", .string, .required)
            .field("address", .string, .required)
            .field("district_id", .uuid, .references(District.schema, .id, onDelete: .setNull))
            .field("directions", .string, .required)
            .field("online_url", .string, .required)
            .field("accessibility", .string, .required)
            .field("languages", .string, .required)
            .field("price", .string, .required)
            .field("target_groups", .string, .required)
            .field("goals", .string, .required)
            .field("contact_name", .string, .required)
            .field("contact_email", .string, .required)
            .field("cancelled_at", .datetime)
            .field("sequence", .int, .required)
            .unique(on: "slug")
            .create()
        // Coming events soonest first, in all, per district, per kind; an organiser's own.
        try await database.createIndex("events_ends", on: Event.schema, "ends_at", "starts_at")
        try await database.createIndex("events_starts", on: Event.schema, "starts_at")
        try await database.createIndex("events_district", on: Event.schema, "district_id", "starts_at")
        try await database.createIndex("events_kind", on: Event.schema, "kind", "starts_at")
        try await database.createIndex("events_organiser", on: Event.schema, "organiser_key", "starts_at")
    }

    func revert(on database: any Database) async throws {
        try await database.schema(Event.schema).delete()
    }
}
