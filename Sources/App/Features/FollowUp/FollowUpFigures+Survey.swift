import Vapor
import Fluent
import Domain

/// The yearly survey's results: each question's mean score among associations and among
/// departments, and how many answered — a mean only once the survey has closed, and only from
/// five answers up (`SurveyRules`).
extension FollowUpFigures {
    func survey() async throws -> FollowUpTable? {
        guard let survey = try await Survey.query(on: db).filter(\.$year == year).first() else { return nil }
        let questions = survey.questionList
        let answers = try await SurveyAnswer.query(on: db).filter(\.$survey.$id == survey.id!).limit(100_000).all()
        let byGroup = Dictionary(grouping: answers, by: \.group).mapValues { $0.map(\.scoreList) }
        let associations = byGroup[.associations] ?? [], departments = byGroup[.departments] ?? []
        let shown = SurveyRules.showsResults(closes: survey.closesOn, today: CalendarDay(now))
        let hidden = [Reported<Double>](repeating: .tooFewAnswers, count: questions.count)
        let associationMeans = shown ? SurveyRules.means(associations, questions: questions.count) : hidden
        let departmentMeans = shown ? SurveyRules.means(departments, questions: questions.count) : hidden
        return FollowUpTable(
            section: .survey, columns: ["associationsMean", "associationAnswers", "departmentsMean", "departmentAnswers"], charted: [0, 2],
            rows: questions.enumerated().map { index, question in
                .init(key: "q\(index + 1)", label: .name(question), values: [
                    .measure(associationMeans[index].value), .count(associations.count),
                    .measure(departmentMeans[index].value), .count(departments.count),
                ])
            })
    }
}
