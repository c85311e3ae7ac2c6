import Fluent
import Foundation
import Domain

/// A year's survey: its questions, one a line, and when it is open.
package final class Survey: Model, @unchecked Sendable {
    package static let schema = "surveys"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "updated_at", on: .update) package var updatedAt: Date?
    @Field(key: "year") package var year: Int
    @Field(key: "questions") package var questions: String
    @Field(key: "opens") package var opens: String
    @Field(key: "closes") package var closes: String

    package init() {}

    package func apply(_ draft: SurveyDraft) {
        (questions, opens, closes) = (draft.questions.joined(separator: "\n"), draft.opens.description, draft.closes.description)
    }

    package var questionList: [String] { questions.split(separator: "\n").map(String.init) }
    package var opensOn: CalendarDay { CalendarDay(iso: opens) ?? CalendarDay(year, 1, 1) }
    package var closesOn: CalendarDay { CalendarDay(iso: closes) ?? CalendarDay(year, 12, 31) }
}

/// One respondent's answer. Who answered is kept only to hold one answer each (the key) and to
/// show a department's own answer to those who may see per-department results; the public sees
/// only a group's means, and only from five answers up.
package final class SurveyAnswer: Model, @unchecked Sendable {
    package static let schema = "survey_answers"

    @ID(key: .id) package var id: UUID?
    @Timestamp(key: "created_at", on: .create) package var createdAt: Date?
    @Parent(key: "survey_id") package var survey: Survey
    @Field(key: "respondent_key") package var respondentKey: String
    @Field(key: "respondent_group") package var group: SurveyGroup
    @OptionalField(key: "department_id") package var departmentID: UUID?
    /// The scores, space-separated, in the questions' order.
    @Field(key: "scores") package var scores: String
    @Field(key: "comment") package var comment: String

    package init() {}

    package init(surveyID: UUID, respondent: SurveyRespondent, _ draft: SurveyAnswerDraft) {
        self.$survey.id = surveyID
        (respondentKey, group) = (respondent.key, respondent.group)
        if case .department(let id) = respondent { departmentID = id.uuid }
        (scores, comment) = (draft.scores.map(String.init).joined(separator: " "), draft.comment)
    }

    package var scoreList: [Int] { scores.split(separator: " ").compactMap { Int($0) } }
}

extension Survey: ListedProperties {
    package var listedProperties: [any AnyProperty] { [$id, $updatedAt, $year, $questions, $opens, $closes] }
}

extension SurveyAnswer: ListedProperties {
    package var listedProperties: [any AnyProperty] {
        [$id, $createdAt, $survey, $respondentKey, $group, $departmentID, $scores, $comment]
    }
}
