import Vapor
import Fluent
import Domain

/// The yearly survey's results: each question's mean score among associations and among
/// departments, and how many answered — a mean only from five answers up (`SurveyRules.means`).
extension FollowUpFigures {
    func survey() async throws -> FollowUpTable? {
        guard let survey = try await Survey.query(on: db).filter(\.$year == year).first() else { return nil }
        let questions = survey.questionList
        let answers = try await SurveyAnswer.query(on: db).filter(\.$survey.$id == survey.id!).limit(100_000).all()
        let byGroup = Dictionary(grouping: answers, by: \.group).mapValues { $0.map(\.scoreList) }
        let associations = byGroup[.associations] ?? [], departments = byGroup[.departments] ?? []
        let associationMeans = SurveyRules.means(associations, questions: questions.count)
        let departmentMeans = SurveyRules.means(departments, questions: questions.count)
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
