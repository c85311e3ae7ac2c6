import Fluent
import Foundation

/// One page about the agreement (purpose, commitments, how to join, FAQ, glossary …) in
/// Swedish, easy-to-read Swedish and English. Edited by the admin; a draft until published.
final class AgreementText: Model, @unchecked Sendable {
    static let schema = "agreement_texts"

    @ID(key: .id) var id: UUID?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Field(key: "slug") var slug: String
    @Field(key: "position") var position: Int
    @Field(key: "title_sv") var titleSv: String
    @Field(key: "body_sv") var bodySv: String
    @Field(key: "easy_read_sv") var easyReadSv: String
    @Field(key: "title_en") var titleEn: String
    @Field(key: "body_en") var bodyEn: String
    /// When the admin published the text as the municipality's own; nil while it is a draft.
    @OptionalField(key: "published_at") var publishedAt: Date?

    init() {}

    init(slug: String, position: Int, titleSv: String, bodySv: String, easyReadSv: String, titleEn: String, bodyEn: String,
         publishedAt: Date?) {
        self.slug = slug
        self.position = position
        self.titleSv = titleSv
        self.bodySv = bodySv
        self.easyReadSv = easyReadSv
        self.titleEn = titleEn
        self.bodyEn = bodyEn
        self.publishedAt = publishedAt
    }
}

extension AgreementText: ListedProperties {
    var listedProperties: [any AnyProperty] {
        [$id, $updatedAt, $slug, $position, $titleSv, $bodySv, $easyReadSv, $titleEn, $bodyEn, $publishedAt]
    }
}
