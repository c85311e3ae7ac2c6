@testable import App
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain

@Suite("The action plan: the coordinator writes actions, owners report dated progress, the follow-up counts where they stand")
struct ActionPlanTests {
    static func form(_ ctx: TestApp.Context, owner: String) async throws -> [String: String] {
        let principle = try #require(try await Principle.query(on: ctx.app.db).sort(\.$position).first())
        let year = CalendarDay(ctx.clock.now).year
        return ["firstYear": String(year), "lastYear": String(year + 1), "title": "Stöd till små föreningar", "description": "Rådgivning en gång i månaden.",
                "owner": owner, "principle": principle.id!.uuidString.lowercased(), "target": "Tolv träffar om året"]
    }

    @Test("the plan lists the year's actions with owner, principle, target and status, and counts them")
    func list() async throws {
        try await TestApp.run { ctx in
            let year = CalendarDay(ctx.clock.now).year
            let html = try await ctx.browser().get("/samverkansradet/handlingsplan").body.string
            #expect(html.contains("Handlingsplanen \(year)") && html.contains("Föreningarnas dag i alla stadsdelar"))
            #expect(html.contains("Klar: 1") && html.contains("Nedlagd: 1"))
            #expect(html.contains("Påbörjad: 4") && html.contains("Inte påbörjad: 2"))
            #expect(try await ctx.browser().get("/samverkansradet/handlingsplan?year=\(year - 1)").body.string.contains("Ingen åtgärd gäller"))
            #expect(try await ctx.browser().get("/samverkansradet/handlingsplan?year=99999").status == .notFound)
            #expect(!html.contains("/samverkansradet/handlingsplan/ny"))
        }
    }

    @Test("the coordinator writes an action; its department's contact person reports progress; others may not; bad input says why")
    func writeAndReport() async throws {
        try await TestApp.run { ctx in
            let admin = try await ctx.signedIn(Demo.admin)
            let social = try await ctx.department("socialforvaltningen")
            let good = try await Self.form(ctx, owner: social.typedID.description)
            let year = CalendarDay(ctx.clock.now).year
            let before = try await ctx.app.count(PlanAction.self)
            for bad in [["title": ""], ["target": ""], ["owner": UUID().uuidString], ["principle": UUID().uuidString], ["firstYear": "1999"],
                        ["lastYear": String(year + 4)], ["lastYear": String(year - 1)]] {
                let response = try await admin.submit("/samverkansradet/handlingsplan/ny", good.merging(bad) { $1 })
                #expect(response.status == .unprocessableEntity && response.body.string.contains("error-summary"), "\(bad)")
            }
            #expect(try await ctx.app.count(PlanAction.self) == before)
            let saved = try await admin.submit("/samverkansradet/handlingsplan/ny", good)
            let path = try #require(saved.headers.first(name: .location)?.split(separator: "?").first.map { String($0) })
            let action = try #require(try await PlanAction.query(on: ctx.app.db).filter(\.$title == "Stöd till små föreningar").first())
            #expect(action.owner == .department(social.typedID) && action.status == .notStarted)
            // The department's contact person reports; the form is theirs, not the public's.
            let contact = try await ctx.signedIn("kontaktperson.social@demo.samverka.example")
            #expect(try await contact.get(path).body.string.contains("Rapportera hur det går"))
            #expect(!(try await ctx.browser().get(path).body.string.contains("Rapportera hur det går")))
            let today = CalendarDay(ctx.clock.now)
            for bad in [["day": today.adding(days: 1).description], ["status": "finished"], ["status": "dropped", "note": ""]] {
                let response = try await contact.submit(path, ["day": today.description, "status": "started", "note": "Första träffen hölls."].merging(bad) { $1 })
                #expect(response.status == .unprocessableEntity, "\(bad)")
            }
            #expect(try await contact.submit(path, ["day": today.adding(days: -3).description, "status": "started", "note": "Första träffen hölls."]).status == .seeOther)
            #expect(try await contact.submit(path, ["day": today.description, "status": "done", "note": "Alla träffar är bokade."]).status == .seeOther)
            // A line about an earlier day does not undo a later one.
            #expect(try await contact.submit(path, ["day": today.adding(days: -5).description, "status": "notStarted", "note": "Rättat datum."]).status == .seeOther)
            #expect(try await PlanAction.find(action.id, on: ctx.app.db)?.status == .done)
            let shown = try await ctx.browser().get(path).body.string
            #expect(shown.contains("Alla träffar är bokade.") && shown.contains("Första träffen hölls."))
            // The public page names who wrote, never their address.
            #expect(shown.contains("Kontaktperson socialförvaltningen (exempel)") && !shown.contains("kontaktperson.social@"))
            // Staff of another department, and a council member, may not report on a department's action.
            for email in [Demo.staff, Demo.council] {
                let other = try await ctx.signedIn(email)
                #expect(try await other.post(path, ["day": today.description, "status": "started"]).status == .forbidden)
            }
            #expect(try await ctx.signedIn(Demo.council).get("/samverkansradet/handlingsplan/ny").status == .forbidden)
            #expect(try await ActionProgress.query(on: ctx.app.db).filter(\.$action.$id == action.id!).count() == 3)
        }
    }

    @Test("a council member reports on the council's actions")
    func council() async throws {
        try await TestApp.run { ctx in
            let action = try #require(try await PlanAction.query(on: ctx.app.db).filter(\.$title == "Uppföljning av överenskommelsen varje år").first())
            let path = "/samverkansradet/handlingsplan/\(action.id!.uuidString.lowercased())"
            let member = try await ctx.signedIn(Demo.council)
            #expect(try await member.submit(path, ["day": CalendarDay(ctx.clock.now).description, "status": "done", "note": "Rapporten är publicerad."])
                .status == .seeOther)
            #expect(try await PlanAction.find(action.id, on: ctx.app.db)?.status == .done)
        }
    }

    @Test("the follow-up counts the actions by where they stood at the year's end, or today")
    func followUp() async throws {
        try await TestApp.run { ctx in
            let year = CalendarDay(ctx.clock.now).year
            let table = try #require(try await FollowUpFigures(year: year, db: ctx.app.db, now: ctx.clock.now).report().table(.actionPlan))
            func count(_ status: ActionStatus) -> FollowUpTable.Value? { table.rows.first { $0.key == status.rawValue }?.values[0] }
            #expect(count(.done) == .count(1) && count(.started) == .count(4) && count(.dropped) == .count(1) && count(.notStarted) == .count(2))
            #expect(table.rows.first { $0.key == "done" }?.values[1] == .share(1.0 / 8.0))
            // Last year, no action covered the year: every count is zero and no share is given.
            let last = try #require(try await FollowUpFigures(year: year - 1, db: ctx.app.db, now: ctx.clock.now).report().table(.actionPlan))
            #expect(last.rows.allSatisfy { $0.values == [.count(0), .share(nil)] })
        }
    }
}
