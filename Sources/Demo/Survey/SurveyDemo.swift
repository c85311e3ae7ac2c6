import Vapor
import Fluent
import Domain
import App

/// The demo's surveys: last year's, closed, with twelve associations' answers and four
/// departments' — one group below five, so its means show "too few" — and this year's, open from
/// October to mid-December, with six and two so far (its means wait until it closes). None of
/// the answers come from the associations and departments of the demo's accounts, so they can
/// still answer this year's.
enum SurveyDemo {
    static let questions = [
        "Kommunen bjuder in föreningar i tid när något rör dem.",
        "Vi får svar på våra frågor till kommunen inom utlovad tid.",
        "Vi vet vilket stöd vi kan få och vart vi ska vända oss.",
        "Små föreningar blir lyssnade på lika mycket som stora.",
        "Överenskommelsen gör skillnad i vårt arbete.",
    ]

    static func seed(_ app: Application) async throws {
        let year = CalendarDay(app.wallClock.now).year
        let represented = Set(try await Representative.query(on: app.db).all().map { $0.$association.id })
        let associations = try await Association.query(on: app.db).filter(\.$status == .verified).sort(\.$sortKey).limit(40).all()
            .filter { !represented.contains($0.id!) }.prefix(12)
        // The last four, which the demo gives no contact person: the departments of the demo accounts can still answer.
        let departments = try await Department.query(on: app.db).sort(\.$position, .descending).sort(\.$name, .descending).limit(4).all()
        try await app.change(label: "demo") { change in
            for (surveyYear, associationCount, departmentCount) in [(year - 1, 12, 4), (year, 6, 2)] {
                let survey = Survey()
                survey.year = surveyYear
                survey.apply(SurveyDraft(questions: questions, opens: CalendarDay(surveyYear, 10, 1), closes: CalendarDay(surveyYear, 12, 15)))
                try await survey.create(on: change.db)
                let respondents = associations.prefix(associationCount).map { SurveyRespondent.association($0.typedID) }
                    + departments.prefix(departmentCount).map { SurveyRespondent.department($0.typedID) }
                for (index, respondent) in respondents.enumerated() {
                    // Fairly content on the whole, least with how small associations are heard.
                    let scores = questions.indices.map { question in question == 3 ? 2 + index % 2 : 3 + (index + question) % 3 }
                    try await SurveyAnswer(surveyID: survey.id!, respondent: respondent, SurveyAnswerDraft(scores: scores)).create(on: change.db)
                }
                try await change.audit("survey.setup", "survey", survey.id!.uuidString, "demo")
            }
        }
    }
}
