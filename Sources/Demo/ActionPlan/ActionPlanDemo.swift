import Vapor
import Fluent
import Domain
import App

/// The demo's action plan for this year and next: eight actions, owned by the council and by
/// departments, each serving a principle of the agreement, with dated progress — some done,
/// some started, one dropped with its reason, some not started yet.
enum ActionPlanDemo {
    /// (title, target, owner: nil for the council or a department's position, progress as (days ago, status, note))
    static let actions: [(String, String, Int?, [(Int, ActionStatus, String)])] = [
        ("Föreningarnas dag i alla stadsdelar", "En dag i var och en av de 14 stadsdelarna", 0,
         [(200, .started, "Planeringen är i gång med fyra stadsdelar."), (40, .started, "Sju stadsdelar har haft sin dag.")]),
        ("Utbildning om överenskommelsen för alla nämnder", "Varje nämnd har fått en timmes utbildning", nil,
         [(150, .started, "Fem nämnder är klara."), (20, .done, "Alla nämnder har fått utbildningen.")]),
        ("En väg in till kommunen för föreningar", "Alla frågor får svar inom utlovad tid", 1,
         [(120, .started, "Kontaktsidan visar varje förvaltnings väg in.")]),
        ("Samråd i tid med små föreningar", "Minst en tredjedel av inbjudningarna går till små föreningar", 2, []),
        ("Volontäruppdrag från kommunen på Samverka", "Varje förvaltning har lagt ut minst ett uppdrag", 3,
         [(90, .started, "Biblioteken och äldreomsorgen har lagt ut uppdrag.")]),
        ("Civilsamhällesdag för varje medarbetare", "En dag per medarbetare och år", 4, []),
        ("Nyhetsbrev om överenskommelsen varje månad", "Tolv nyhetsbrev om året", nil,
         [(180, .started, "Rådet skriver nyheter."), (60, .dropped, "Vi skickar hellre en nyhet när något händer. Den som vill kan få ett brev i månaden.")]),
        ("Uppföljning av överenskommelsen varje år", "En rapport per år, publicerad före mars", nil, [(30, .started, "Siffrorna för året samlas in.")]),
    ]

    static func seed(_ app: Application) async throws {
        let departments = try await Department.query(on: app.db).sort(\.$position).sort(\.$name).all()
        let principles = try await Principle.query(on: app.db).sort(\.$position).all()
        let today = CalendarDay(app.wallClock.now)
        try await app.change(label: "demo") { change in
            for (index, row) in actions.enumerated() {
                let owner: ActionOwner = row.2.flatMap { $0 < departments.count ? .department(departments[$0].typedID) : nil } ?? .council
                let action = PlanAction()
                action.apply(ActionDraft(firstYear: today.year, lastYear: today.year + 1, title: row.0, owner: owner,
                                         principle: principles.isEmpty ? nil : principles[index % principles.count].id!.uuidString, target: row.1))
                action.status = row.3.last?.1 ?? .notStarted
                try await action.create(on: change.db)
                for (daysAgo, status, note) in row.3 {
                    try await ActionProgress(actionID: action.id!, ProgressDraft(day: today.adding(days: -daysAgo), status: status, note: note),
                                             author: "Samordnaren (exempel)").create(on: change.db)
                }
                try await change.audit("actionPlan.action", "plan_action", action.id!.uuidString, "demo")
            }
        }
    }
}
