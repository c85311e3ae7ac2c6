@testable import App
import Testing
import Vapor
import Fluent
import SQLKit
import Domain

/// The follow-up finds a year's rows of each area by an index on their date; only the register's
/// own tables (associations, departments, projects by form) are read whole, as their counts need.
@Suite("Query plans: the yearly follow-up")
struct FollowUpQueryPlanTests {
    static let tables = ["consultations", "consultation_responses", "consultation_invitations", "events", "event_registrations",
                         "project_partners", "call_answers", "offer_answers", "initiatives"]

    @Test("each statement that reads a year's rows starts from an index")
    func statements() async throws {
        try await TestApp.run { ctx in
            let figures = FollowUpFigures(year: 2026, db: ctx.app.db, now: ctx.clock.now)
            for (name, statement) in figures.statements {
                let lines = try await QueryPlan.lines(statement, on: ctx.app.db)
                #expect(!lines.isEmpty, "\(name): no plan")
                let scans = QueryPlan.fullScans(lines, of: Self.tables)
                #expect(scans.isEmpty, "\(name) reads all of \(scans): \(lines.joined(separator: " | "))")
            }
        }
    }
}
