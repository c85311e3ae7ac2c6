@testable import App
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain

@Suite("Training on the agreement: who comes as what, from which department, counted for the organiser and in the follow-up")
struct TrainingReachTests {
    @Test("a training asks who comes as what; staff and politicians name their department; who came is counted per group and department")
    func reach() async throws {
        try await TestApp.run { ctx in
            // The demo's trainings are counted too: what this one adds is compared.
            let before = try await Self.training(ctx)
            let staff = try await ctx.signedIn(Demo.staff)
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen"), social = try await ctx.department("socialforvaltningen")
            let form = try await EventTests.form(ctx, ["kind": "training", "title": "Utbildning i samverkan", "registration": "on", "capacity": "10"])
            #expect(try await staff.submit("/evenemang/nytt", form).status == .seeOther)
            let event = try await EventTests.event(ctx, "Utbildning i samverkan")
            let path = "/evenemang/\(event.slug)"
            #expect(try await ctx.browser().get(path).body.string.contains("name=\"group\""))

            func signUp(_ name: String, _ fields: [String: String]) async throws -> TestingHTTPResponse {
                try await ctx.browser().submit(path, to: path + "/anmal", ["name": name, "email": "\(name.lowercased())@example.org"].merging(fields) { $1 })
            }
            let noGroup = try await signUp("Ada", [:])
            #expect(noGroup.status == .unprocessableEntity && noGroup.body.string.contains("field-group-error"))
            let noDepartment = try await signUp("Ada", ["group": "staff"])
            #expect(noDepartment.status == .unprocessableEntity && noDepartment.body.string.contains("Välj förvaltning eller nämnd"))
            #expect(try await signUp("Ada", ["group": "staff", "department": UUID().uuidString.lowercased()]).status == .unprocessableEntity)
            #expect(try await EventRegistration.query(on: ctx.app.db).filter(\.$event.$id == event.id!).count() == 0)

            #expect(try await signUp("Anna", ["group": "staff", "department": culture.typedID.description]).status == .seeOther)
            #expect(try await signUp("Bo", ["group": "politician", "department": social.typedID.description]).status == .seeOther)
            // An association's member names no department; one chosen anyway is not kept.
            #expect(try await signUp("Cecilia", ["group": "association", "department": culture.typedID.description]).status == .seeOther)
            let list = path + "/anmalningar"
            #expect(try await staff.submit(list, to: list + "/ny", ["name": "David", "group": "resident"]).status == .seeOther)
            let rows = try await EventRegistration.query(on: ctx.app.db).filter(\.$event.$id == event.id!).sort(\.$name).all()
            #expect(rows.map(\.name) == ["Anna", "Bo", "Cecilia", "David"])
            #expect(rows.map(\.group) == [.staff, .politician, .association, .resident])
            #expect(rows.map(\.departmentID) == [culture.id, social.id, nil, nil])

            let came = rows.filter { $0.name != "David" }.map { $0.id!.uuidString }
            _ = try await staff.get(list)
            #expect(try await staff.post(list, pairs: came.map { ("attended[]", $0) }).status == .seeOther)
            let page = try await staff.get(list).body.string
            #expect(page.contains("Vilka som kom") && page.contains("Anställd i kommunen, Kultur- och fritidsförvaltningen"))

            // After the training, and after its names are forgotten, the follow-up counts it.
            ctx.clock.advance(by: 45 * 86_400)
            try await EventStore.forget(on: ctx.app.db, now: ctx.clock.now)
            let after = try await Self.training(ctx)
            func values(_ key: String) -> [Double] { zip(after[key] ?? [], before[key] ?? [0, 0]).map { $0 - $1 } }
            #expect(values("group-staff") == [1, 1] && values("group-politician") == [1, 1] && values("group-association") == [1, 1])
            #expect(values("group-resident") == [1, 0])
            #expect(values(culture.slug) == [1, 1] && values(social.slug) == [1, 1])
        }
    }

    /// The follow-up's training table for 2026 (the test clock's year), by row key, worked out now
    /// (the API's kept report may be a minute behind, by design).
    static func training(_ ctx: TestApp.Context) async throws -> [String: [Double]] {
        let report = try await FollowUpFigures(year: 2026, db: ctx.app.db, now: ctx.clock.now).report()
        let table = try #require(report.tables.first { $0.section == .training })
        return Dictionary(uniqueKeysWithValues: table.rows.map { ($0.key, $0.values.map { $0.number ?? 0 }) })
    }
}
