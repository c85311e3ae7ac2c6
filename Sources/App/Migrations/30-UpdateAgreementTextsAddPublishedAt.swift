import Fluent
import SQLKit
import Foundation

/// Agreement texts become drafts until the admin publishes them. Texts that were public before
/// stay public; the placeholder earlier versions seeded was never a text, so it becomes a draft.
struct UpdateAgreementTextsAddPublishedAt: AsyncMigration {
    static let oldPlaceholder = "Den här texten är inte skriven än. Administratören skriver den under Administration → Överenskommelsen."

    func prepare(on database: any Database) async throws {
        try await database.schema(AgreementText.schema).field("published_at", .datetime).update()
        try await (database as! any SQLDatabase).update(AgreementText.schema)
            .set("published_at", to: SQLBind(Date()))
            .where("body_sv", .notEqual, SQLBind(Self.oldPlaceholder))
            .run()
    }

    func revert(on database: any Database) async throws {
        try await database.schema(AgreementText.schema).deleteField("published_at").update()
    }
}
