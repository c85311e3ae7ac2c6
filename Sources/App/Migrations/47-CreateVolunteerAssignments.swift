import Fluent

/// Volunteer assignments (N12): what, for whom, where (districts in a table of their own), when,
/// who can do it and what they get; the last day and an early close; full-text search over the
/// title, the texts and the languages.
struct CreateVolunteerAssignments: AsyncMigration {
    static let search = FullTextIndex(table: VolunteerAssignment.schema, columns: ["title", "summary", "easy_read", "description", "languages"])

    func prepare(on database: any Database) async throws {
        try await database.schema(VolunteerAssignment.schema)
            .publishedByParty()
            .field("target_group", .string, .required)
            .field("place", .string, .required)
            .field("remote", .bool, .required)
            .field("timing", .string, .required)
            .field("day", .string)
            .field("schedule", .string, .required)
            .field("effort", .string, .required)
            .field("minimum_age", .int, .required)
            .field("languages", .string, .required)
            .field("needs_record_extract", .bool, .required)
            .field("perks", .string, .required)
            .field("needed", .int, .required)
            .field("closes", .string, .required)
            .field("closed_at", .datetime)
            .field("contact_name", .string, .required)
            .field("contact_email", .string, .required)
            .unique(on: "slug")
            .create()
        try await database.schema(VolunteerAssignmentDistrict.schema)
            .id()
            .field("assignment_id", .uuid, .required, .references(VolunteerAssignment.schema, .id, onDelete: .cascade))
            .field("district_id", .uuid, .required, .references(District.schema, .id, onDelete: .cascade))
            .unique(on: "assignment_id", "district_id")
            .create()
        // Open assignments newest first, in all and per target group, timing and age; an organiser's own; a district's.
        try await database.createIndex("volunteer_assignments_open", on: VolunteerAssignment.schema, "closes", "created_at")
        try await database.createIndex("volunteer_assignments_created", on: VolunteerAssignment.schema, "created_at")
        try await database.createIndex("volunteer_assignments_organiser", on: VolunteerAssignment.schema, "organiser_key", "created_at")
        try await database.createIndex("volunteer_assignment_districts_district", on: VolunteerAssignmentDistrict.schema, "district_id", "assignment_id")
        try await Self.search.create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await Self.search.drop(on: database)
        try await database.schema(VolunteerAssignmentDistrict.schema).delete()
        try await database.schema(VolunteerAssignment.schema).delete()
    }
}
