import Fluent
import SQLKit

struct CreateAgreementTexts: AsyncMigration {
    func prepare(on database: any Database) async throws {
        try await database.schema(AgreementText.schema)
            .id()
            .field("updated_at", .datetime)
            .field("slug", .string, .required)
            .field("position", .int, .required)
            .field("title_sv", .string, .required)
            .field("body_sv", .string, .required)
            .field("easy_read_sv", .string, .required)
            .field("title_en", .string, .required)
            .field("body_en", .string, .required)
            .unique(on: "slug")
            .create()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgreementText.schema).delete()
    }
}
