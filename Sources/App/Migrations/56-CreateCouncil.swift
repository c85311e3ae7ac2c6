import Fluent

/// The cooperation council: its members and their clusters, its meetings with attendance, its
/// news and the people who follow the news by mail.
struct CreateCouncil: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(CouncilMember.schema)
            .id()
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("name", .string, .required)
            .field("side", .string, .required)
            .field("represents", .string, .required)
            .field("task", .string, .required)
            .field("email", .string, .required)
            .field("categories", .string, .required)
            .field("districts", .string, .required)
            .field("position", .int, .required)
            .create()
        try await database.createMeetingTables(CouncilMeeting.schema, attendance: CouncilAttendance.schema, attendee: "member_id",
                                               attendeeSchema: CouncilMember.schema)
        try await database.schema(CouncilNews.schema)
            .id()
            .field("updated_at", .datetime)
            .field("published_at", .datetime, .required)
            .field("slug", .string, .required)
            .field("title", .string, .required)
            .field("summary", .string, .required)
            .field("easy_read", .string, .required)
            .field("body", .string, .required)
            .field("author_id", .uuid, .references(User.schema, .id, onDelete: .setNull))
            .unique(on: "slug")
            .create()
        try await database.schema(NewsSubscriber.schema)
            .id()
            .field("created_at", .datetime, .required)
            .field("email", .string, .required)
            .field("frequency", .string, .required)
            .field("token", .string, .required)
            .field("confirmed_at", .datetime)
            .unique(on: "token")
            .create()
        // Meetings and news newest first; the roster in its order; subscribers by address and by
        // how often they want mail.
        try await database.createIndex("council_meetings_day", on: CouncilMeeting.schema, "day")
        try await database.createIndex("council_attendance_member", on: CouncilAttendance.schema, "member_id")
        try await database.createIndex("council_news_published", on: CouncilNews.schema, "published_at")
        try await database.createIndex("council_members_position", on: CouncilMember.schema, "position", "name")
        try await database.createIndex("council_news_subscribers_email", on: NewsSubscriber.schema, "email")
        try await database.createIndex("council_news_subscribers_frequency", on: NewsSubscriber.schema, "frequency", "confirmed_at")
    }

    func revert(on database: any Database) async throws {
        for schema in [NewsSubscriber.schema, CouncilNews.schema, CouncilAttendance.schema, CouncilMeeting.schema, CouncilMember.schema] {
            try await database.schema(schema).delete()
        }
    }
}
