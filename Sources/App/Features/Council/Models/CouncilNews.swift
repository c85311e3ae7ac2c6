import Fluent
import Foundation
import Domain
import Views

/// A news item from the council, published when written.
package final class CouncilNews: Model, @unchecked Sendable {
    package static let schema = "council_news"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Field(key: "published_at") package var publishedAt: Date
    @Field(key: "slug") package var slug: String
    @Field(key: "title") package var title: String
    @Field(key: "summary") package var summary: String
    @Field(key: "easy_read") package var easyRead: String
    @Field(key: "body") package var body: String
    @OptionalField(key: "author_id") package var authorID: UUID?

    package init() {}

    package func apply(_ draft: CouncilNewsDraft) {
        (title, summary, easyRead, body) = (draft.title, draft.summary, draft.easyRead, draft.body)
    }

    package var summaryView: CouncilNewsSummary {
        CouncilNewsSummary(slug: slug, title: title, summary: summary, publishedAt: publishedAt)
    }
}

/// Someone who wants the council's news by mail, without an account. Starts when the link in the
/// confirmation mail is followed (`confirmedAt`); the token is that link's key and every later
/// mail's way to stop. Unconfirmed ones are deleted after a week.
package final class NewsSubscriber: Model, @unchecked Sendable {
    package static let schema = "council_news_subscribers"

    @ID(key: .id) package var id: UUID?
    @Field(key: "created_at") package var createdAt: Date
    @Field(key: "email") package var email: String
    @Field(key: "frequency") package var frequency: NewsFrequency
    @Field(key: "token") package var token: String
    @OptionalField(key: "confirmed_at") package var confirmedAt: Date?

    package init() {}

    package init(_ draft: NewsSubscriptionDraft, token: String, at now: Date) {
        (createdAt, email, frequency, self.token) = (now, draft.email.value, draft.frequency, token)
    }
}

extension NewsSubscriber: LinkSubscription {
    package static let entityType = "council_subscription"
}

extension CouncilNews: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $updatedAt, $publishedAt, $slug, $title, $summary, $easyRead, $body, $authorID]
    }
}

extension NewsSubscriber: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $createdAt, $email, $frequency, $token, $confirmedAt] }
}
