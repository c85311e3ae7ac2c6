import Vapor
import Fluent
import App

/// Fills a new database with the Örebro demo: example accounts (and, as areas are added,
/// their example content). Runs once; the marker row keeps a second start from repeating it.
enum DemoSeeder {
    static func seedIfNeeded(_ app: Application) async throws {
        try await seedContentIfNeeded(app)
        try await DemoAccounts.seedSecondFactorIfMissing(app)
    }

    private static func seedContentIfNeeded(_ app: Application) async throws {
        guard try await AppMeta.find(AppMeta.demoSeededKey, on: app.db) == nil else { return }
        let hash = try await app.passwords.hash(DemoAccounts.password)
        try await DemoAccounts.seed(app, passwordHash: hash)
        if let admin = try await User.query(on: app.db).filter(\.$email == DemoAccounts.all[0].email).first(),
           let member = try await User.query(on: app.db).filter(\.$email == DemoAccounts.representativeEmail).first() {
            try await AgreementDemo.seedDepartmentDecisions(app, recorder: admin)
            try await AssociationsDemo.seed(app, representative: member)
            try await InquiriesDemo.seed(app, representative: member)
            try await SupportDemo.seed(app)
            try await ConsultationsDemo.seed(app)
            try await ConsultationResponsesDemo.seed(app, representative: member)
            try await ProjectsDemo.seed(app)
            try await CallsDemo.seed(app)
            try await InitiativesDemo.seed(app)
            try await OffersDemo.seed(app)
            try await EventsDemo.seed(app)
            try await ParticipantsDemo.seed(app)
            try await VolunteeringDemo.seed(app)
            try await StaffDaysDemo.seed(app)
            try await ContactNetworkDemo.seed(app)
            try await CouncilDemo.seed(app)
            try await ActionPlanDemo.seed(app)
            try await SurveyDemo.seed(app)
        }
        try await app.change(label: "demo") { change in
            try await AppMeta(key: AppMeta.demoSeededKey, value: "\(change.now)").create(on: change.db)
            try await change.audit("demo.seed", "installation", "demo", "Örebro demo data")
        }
    }
}
