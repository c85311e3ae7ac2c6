import Fluent
import Foundation
import Domain

/// An answer to a consultation: an association's one official answer, or a person's own.
/// `answers`/`comment` hold the submitted text (the public record once the consultation has
/// closed); a draft being worked on sits beside it until it is submitted. Every submitted text
/// is kept as a version.
package final class ConsultationResponse: Model, @unchecked Sendable {
    package static let schema = "consultation_responses"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Parent(key: "consultation_id") package var consultation: Consultation
    /// `a:<association>` or `p:<person>`: unique per consultation.
    @Field(key: "respondent_key") package var respondentKey: String
    @OptionalParent(key: "association_id") package var association: Association?
    @OptionalParent(key: "author_id") package var author: User?
    /// Who the answer is from, as shown once answers are public.
    @Field(key: "public_name") package var publicName: String
    /// The answers to the department's questions, as a JSON array of texts.
    @Field(key: "answers") package var answers: String
    @Field(key: "comment") package var comment: String
    @OptionalField(key: "submitted_at") package var submittedAt: Date?
    /// How many times it has been submitted; 0 while a draft.
    @Field(key: "version") package var version: Int
    @OptionalField(key: "draft_answers") package var draftAnswers: String?
    @OptionalField(key: "draft_comment") package var draftComment: String?
    @OptionalField(key: "draft_saved_at") package var draftSavedAt: Date?

    package init() {}

    package init(consultationID: UUID, respondent: Respondent, authorID: UUID?, publicName: String) {
        self.$consultation.id = consultationID
        self.respondentKey = respondent.key
        if case .association(let id) = respondent { self.$association.id = id.uuid }
        self.$author.id = authorID
        self.publicName = publicName
        self.answers = "[]"
        self.comment = ""
        self.version = 0
    }

    package var submitted: ResponseDraft { ResponseDraft(answers: ResponseDraft.decodeAnswers(answers), comment: comment) }

    /// What the form shows: the draft when there is one, else the submitted text.
    package var working: ResponseDraft {
        guard draftSavedAt != nil else { return submitted }
        return ResponseDraft(answers: ResponseDraft.decodeAnswers(draftAnswers ?? "[]"), comment: draftComment ?? "")
    }
}

/// A submitted text, kept when it is changed before the deadline.
package final class ConsultationResponseVersion: Model, @unchecked Sendable {
    package static let schema = "consultation_response_versions"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "response_id") package var response: ConsultationResponse
    @Field(key: "number") package var number: Int
    @Field(key: "answers") package var answers: String
    @Field(key: "comment") package var comment: String
    @Field(key: "submitted_at") package var submittedAt: Date
    @OptionalField(key: "author_id") package var authorID: UUID?

    package init() {}

    package init(of response: ConsultationResponse, at now: Date) {
        self.$response.id = response.id!
        self.number = response.version
        self.answers = response.answers
        self.comment = response.comment
        self.submittedAt = now
        self.authorID = response.$author.id
    }
}

/// A formal invitation to an association to answer (remissinstans).
package final class ConsultationInvitation: Model, @unchecked Sendable {
    package static let schema = "consultation_invitations"

    @ID(key: .id) package var id: UUID?
    @Parent(key: "consultation_id") package var consultation: Consultation
    @Parent(key: "association_id") package var association: Association
    @Field(key: "invited_at") package var invitedAt: Date

    package init() {}

    package init(consultationID: UUID, associationID: UUID, at now: Date) {
        self.$consultation.id = consultationID
        self.$association.id = associationID
        self.invitedAt = now
    }
}

extension ConsultationResponse: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $updatedAt, $consultation, $respondentKey, $association, $author, $publicName, $answers,
         $comment, $submittedAt, $version, $draftAnswers, $draftComment, $draftSavedAt]
    }
}

extension ConsultationResponseVersion: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $response, $number, $answers, $comment, $submittedAt, $authorID] }
}

extension ConsultationInvitation: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $consultation, $association, $invitedAt] }
}
