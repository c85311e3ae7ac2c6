import Vapor
import Fluent
import Domain
import App

/// The demo's survey for this year, open from October to mid-December: five questions, twelve
/// associations' answers (none from the associations the demo's accounts represent, so they can
/// still answer) and four departments' — one group below five, so its means show "too few".
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
            let survey = Survey()
            survey.year = year
            survey.apply(SurveyDraft(questions: questions, opens: CalendarDay(year, 10, 1), closes: CalendarDay(year, 12, 15)))
            try await survey.create(on: change.db)
            let respondents = associations.map { SurveyRespondent.association($0.typedID) } + departments.map { SurveyRespondent.department($0.typedID) }
            for (index, respondent) in respondents.enumerated() {
                // Fairly content on the whole, least with how small associations are heard.
                let scores = questions.indices.map { question in question == 3 ? 2 + index % 2 : 3 + (index + question) % 3 }
                try await SurveyAnswer(surveyID: survey.id!, respondent: respondent, SurveyAnswerDraft(scores: scores)).create(on: change.db)
            }
            try await change.audit("survey.setup", "survey", survey.id!.uuidString, "demo")
        }
    }
}
