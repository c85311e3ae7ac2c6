@testable import App
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain

@Suite("Staff days with civil society: one's own log, the department admin's view and target, public figures without names")
struct StaffDayTests {
    static let path = "/handlaggning/civilsamhallesdagar"

    /// A member of staff at the culture department who is not its department admin.
    static func colleague(_ ctx: TestApp.Context) async throws -> TestBrowser {
        let browser = try await ctx.registeredUser("kollega.kultur@example.org")
        let user = try #require(try await ctx.user("kollega.kultur@example.org"))
        user.role = .staff
        user.$department.id = try await ctx.department("kultur-och-fritidsforvaltningen").id
        try await user.update(on: ctx.app.db)
        return browser
    }

    static func association(_ ctx: TestApp.Context) async throws -> Association {
        try #require(try await Association.query(on: ctx.app.db).filter(\.$status == .verified).sort(\.$name).first())
    }

    @Test("staff record a day with an association named as in the register; bad input stores nothing and says why")
    func recording() async throws {
        try await TestApp.run { ctx in
            let colleague = try await Self.colleague(ctx)
            let association = try await Self.association(ctx)
            let today = CalendarDay(ctx.clock.now)
            let good = ["day": today.adding(days: -3).description, "length": "half", "association": association.name, "activity": "volunteered",
                        "goals[]": "10", "note": "Hjälpte till på caféet."]
            let before = try await ctx.app.count(StaffDay.self)
            for bad in [["day": today.adding(days: 1).description], ["day": today.adding(days: -400).description], ["length": ""],
                        ["association": "Ingen sådan förening"], ["activity": "slept"], ["goals[]": "18"]] {
                let response = try await colleague.submit(Self.path, good.merging(bad) { $1 })
                #expect(response.status == .unprocessableEntity && response.body.string.contains("error-summary"), "\(bad)")
            }
            #expect(try await ctx.app.count(StaffDay.self) == before)
            #expect(try await colleague.submit(Self.path, good).status == .seeOther)
            let log = try await colleague.get(Self.path)
            #expect(log.status == .ok && log.body.string.contains(association.name) && log.body.string.contains("Dina dagar i år: 0,5"))
            let row = try #require(try await StaffDay.query(on: ctx.app.db).filter(\.$user.$id == (try await ctx.user("kollega.kultur@example.org"))!.id!).first())
            #expect(row.halves == 1 && row.associationID == association.id && row.year == today.adding(days: -3).year)
            #expect(try await StaffDayGoal.query(on: ctx.app.db).filter(\.$staffDay.$id == row.id!).all().map(\.goal) == [10])
            // A member, or anyone signed out, has no log.
            #expect(try await ctx.signedIn(Demo.member).get(Self.path).status == .forbidden)
        }
    }

    @Test("a record is seen and corrected by the person and their department's admin only; the admin sets the target")
    func departmentAdmin() async throws {
        try await TestApp.run { ctx in
            let colleague = try await Self.colleague(ctx)
            let today = CalendarDay(ctx.clock.now)
            #expect(try await colleague.submit(Self.path, ["day": today.description, "length": "full", "activity": "learned"]).status == .seeOther)
            let row = try #require(try await StaffDay.query(on: ctx.app.db).filter(\.$user.$id == (try await ctx.user("kollega.kultur@example.org"))!.id!).first())
            let recordPath = "\(Self.path)/\(row.id!.uuidString.lowercased())"
            // The department admin (the demo's culture handler) sees the department and corrects the record.
            let head = try await ctx.signedIn(Demo.staff)
            let department = try await head.get("\(Self.path)/forvaltning")
            #expect(department.status == .ok && department.body.string.contains("Test Person") && department.body.string.contains("Medarbetare 1"))
            #expect(try await head.submit(recordPath, ["day": today.description, "length": "half", "activity": "workedTogether"]).status == .seeOther)
            #expect(try await StaffDay.find(row.id!, on: ctx.app.db)?.halves == 1)
            // Another department's staff and the colleague's own view of the department are refused.
            let other = try await ctx.signedIn("kontaktperson.social@demo.samverka.example")
            #expect(try await other.get(recordPath).status == .forbidden)
            #expect(try await other.post(recordPath, ["intent": "remove"]).status == .forbidden)
            #expect(try await colleague.get("\(Self.path)/forvaltning").status == .forbidden)
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            #expect(try await other.get("\(Self.path)/forvaltning?department=\(culture.typedID)").status == .forbidden)
            // The colleague cannot open the head's records.
            let headsRow = try #require(try await StaffDay.query(on: ctx.app.db).filter(\.$user.$id == (try await ctx.user(Demo.staff))!.id!).first())
            #expect(try await colleague.get("\(Self.path)/\(headsRow.id!.uuidString.lowercased())").status == .forbidden)
            // The target: bad values say why; a good one is the department's for the year; another department's is refused.
            let targetForm = "\(Self.path)/forvaltning"
            let bad = try await head.submit(targetForm, to: "\(Self.path)/mal", ["department": culture.typedID.description,
                                                                                 "year": String(today.year), "daysPerEmployee": "x", "headCount": "0"])
            #expect(bad.status == .unprocessableEntity && bad.body.string.contains("error-summary"))
            #expect(try await head.submit(targetForm, to: "\(Self.path)/mal", ["department": culture.typedID.description, "year": String(today.year),
                                                                               "daysPerEmployee": "1,5", "headCount": "40"]).status == .seeOther)
            let target = try #require(try await StaffDayTargetRow.query(on: ctx.app.db).filter(\.$department.$id == culture.id!)
                .filter(\.$year == today.year).first())
            #expect(target.daysPerEmployee == 1.5 && target.headCount == 40)
            let social = try await ctx.department("socialforvaltningen")
            let refused = try await head.post("\(Self.path)/mal", ["department": social.typedID.description, "year": String(today.year),
                                                                   "daysPerEmployee": "12", "headCount": "5"])
            #expect(refused.status == .forbidden)
            // The colleague removes their own record.
            #expect(try await colleague.submit(recordPath, ["intent": "remove"]).status == .seeOther)
            #expect(try await StaffDay.find(row.id!, on: ctx.app.db) == nil)
        }
    }

    @Test("the public figures and the API: days per department against the target and per goal, without names")
    func figures() async throws {
        try await TestApp.run { ctx in
            let year = CalendarDay(ctx.clock.now).year
            let page = try await ctx.browser().get("/civilsamhallesdagar?year=\(year)")
            #expect(page.status == .ok && page.body.string.contains("Kultur- och fritidsförvaltningen"))
            #expect(!page.body.string.contains("Medarbetare 1") && !page.body.string.contains("Handläggare kultur"))
            // Each association sees its own days: the most visited are listed by name.
            let top = try #require(try await StaffDaysStore.associations(year: year, on: ctx.app.db).first)
            #expect(page.body.string.contains(top.name.replacingOccurrences(of: "&", with: "&amp;")))
            let (status, body) = try await ctx.json("/api/v1/staff-days?year=\(year)")
            let figures = try #require(body as? [String: Any])
            let departments = try #require(figures["departments"] as? [[String: Any]])
            #expect(status == 200 && !departments.isEmpty && departments.allSatisfy { $0["target"] != nil })
            let total = departments.compactMap { $0["days"] as? Double }.reduce(0, +)
            let halves = try await StaffDaysStore.halves(where: [("year", year)], on: ctx.app.db)
            #expect(total == Double(halves) / 2)
            #expect(!((figures["goals"] as? [[String: Any]]) ?? []).isEmpty)
            #expect(try await ctx.json("/api/v1/staff-days?year=abc").status == 400)
            #expect(try await ctx.json("/api/v1/staff-days?year=1999").status == 400)
        }
    }
}
