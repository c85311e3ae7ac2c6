@testable import App
@testable import Demo
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain

@Suite("The yearly survey: answered once per association and department while open, shown only as means from five answers")
struct SurveyTests {
    static func fields(_ respondent: String, _ scores: [Int] = [4, 4, 3, 2, 5]) -> [String: String] {
        var fields = ["respondent": respondent, "comment": "Bra år."]
        for (index, score) in scores.enumerated() { fields["q\(index + 1)"] = String(score) }
        return fields
    }

    @Test("a representative answers for their verified association once; a bad answer says why; a second answer is refused")
    func answer() async throws {
        try await TestApp.run { ctx in
            let year = CalendarDay(ctx.clock.now).year
            let path = "/enkat/\(year)"
            let anonymous = try await ctx.browser().get(path).body.string
            #expect(anonymous.contains(SurveyDemo.questions[0]) && anonymous.contains("6 föreningar och 2 förvaltningar"))
            #expect(!anonymous.contains("name=\"respondent\""))
            let member = try await ctx.signedIn(Demo.member)
            let form = try await member.get(path).body.string
            let choice = try #require(form.firstMatch(of: /value="(a:[0-9a-f-]{36})"/)?.1).description
            let before = try await ctx.app.count(SurveyAnswer.self)
            for bad in [Self.fields(choice, [4, 4, 3, 2]), Self.fields(choice, [4, 4, 3, 2, 6]), Self.fields("a:\(UUID().uuidString.lowercased())")] {
                #expect(try await member.submit(path, bad).status == .unprocessableEntity)
            }
            #expect(try await ctx.app.count(SurveyAnswer.self) == before)
            let first = try await member.submit(path, Self.fields(choice))
            #expect(first.status == .seeOther)
            #expect(try await member.get(path).body.string.contains("Tack! Ni har svarat för"))
            #expect(try await member.submit(path, Self.fields(choice)).status == .conflict)
            #expect(try await ctx.app.count(SurveyAnswer.self) == before + 1)
            // The audit row says which survey, never who answered.
            let audit = try #require(try await AuditEntry.query(on: ctx.app.db).filter(\.$action == "survey.answer").first())
            #expect(!audit.summary.contains(String(choice.dropFirst(2))))
        }
    }

    @Test("the follow-up shows means only once the survey has closed, and only for a group of five answers or more")
    func privacy() async throws {
        try await TestApp.run { ctx in
            let year = CalendarDay(ctx.clock.now).year
            func table(_ year: Int) async throws -> FollowUpTable {
                try #require(try await FollowUpFigures(year: year, db: ctx.app.db, now: ctx.clock.now).report().table(.survey))
            }
            // This year's is open: counts, no means (one more answer would show itself in the change of a mean).
            let open = try await table(year)
            #expect(open.rows.count == SurveyDemo.questions.count)
            #expect(open.rows.allSatisfy { $0.values == [.measure(nil), .count(6), .measure(nil), .count(2)] })
            // Last year's has closed: twelve associations' means, but four departments show none …
            let closed = try await table(year - 1)
            #expect(closed.rows.allSatisfy { $0.values[0].number != nil && $0.values[1] == .count(12) })
            #expect(closed.rows.allSatisfy { $0.values[2] == .measure(nil) && $0.values[3] == .count(4) })
            // … until a fifth department's answer is there.
            let survey = try #require(try await Survey.query(on: ctx.app.db).filter(\.$year == year - 1).first())
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            try await SurveyAnswer(surveyID: survey.id!, respondent: .department(culture.typedID), SurveyAnswerDraft(scores: [5, 5, 5, 5, 5]))
                .create(on: ctx.app.db)
            let five = try await table(year - 1)
            #expect(five.rows.allSatisfy { $0.values[2].number != nil && $0.values[3] == .count(5) })
            // A department's contact person answers this year's; and a year without a survey leaves the table out.
            let staff = try await ctx.signedIn(Demo.staff)
            #expect(try await staff.submit("/enkat/\(year)", Self.fields("d:\(culture.typedID)", [5, 5, 5, 5, 5])).status == .seeOther)
            #expect(try await table(year).rows.allSatisfy { $0.values[3] == .count(3) })
            #expect(try await FollowUpFigures(year: year - 2, db: ctx.app.db, now: ctx.clock.now).report().table(.survey) == nil)
        }
    }

    @Test("the coordinator sets the questions until the first answer; nobody else may")
    func setup() async throws {
        try await TestApp.run { ctx in
            let year = CalendarDay(ctx.clock.now).year
            let admin = try await ctx.signedIn(Demo.admin)
            let good = ["questions": "Vi blir inbjudna i tid.\nVi får svar.", "opens": "\(year - 2)-10-01", "closes": "\(year - 2)-12-15"]
            for bad in [["questions": ""], ["opens": "\(year)-10-01"], ["closes": "\(year - 2)-09-01"],
                        ["questions": (1...13).map { "Fråga \($0)" }.joined(separator: "\n")]] {
                #expect(try await admin.submit("/enkat/\(year - 2)/fragor", good.merging(bad) { $1 }).status == .unprocessableEntity, "\(bad)")
            }
            #expect(try await admin.submit("/enkat/\(year - 2)/fragor", good).status == .seeOther)
            #expect(try await ctx.browser().get("/enkat/\(year - 2)").body.string.contains("Vi får svar."))
            // This year's has answers: its questions stay.
            #expect(try await admin.get("/enkat/\(year)/fragor").body.string.contains("Frågorna kan inte ändras längre"))
            let locked = ["questions": "Ny fråga", "opens": "\(year)-10-01", "closes": "\(year)-12-15"]
            #expect(try await admin.post("/enkat/\(year)/fragor", locked).status == .conflict)
            for email in [Demo.council, Demo.member] {
                #expect(try await ctx.signedIn(email).get("/enkat/\(year)/fragor").status == .forbidden)
            }
            #expect(try await ctx.browser().get("/enkat/\(year + 1)").status == .notFound)
        }
    }
}

@Suite("Politicians read the survey per department")
struct SurveyByDepartmentTests {
    @Test("a politician sees each department's answer but no free text; the coordinator also the free text; others may not")
    func byDepartment() async throws {
        try await TestApp.run { ctx in
            let year = CalendarDay(ctx.clock.now).year
            let path = "/enkat/\(year)/forvaltningar"
            let politician = try await ctx.signedIn("politiker@demo.samverka.example")
            #expect(try await politician.get("/enkat/\(year)").body.string.contains(path))
            let page = try await politician.get(path)
            let departments = try await Department.query(on: ctx.app.db).sort(\.$position, .descending).sort(\.$name, .descending).limit(2).all()
            #expect(page.status == .ok && departments.allSatisfy { page.body.string.contains($0.name) })
            #expect(!page.body.string.contains("fritextfältet"))
            #expect(try await ctx.signedIn(Demo.admin).get(path).body.string.contains("fritextfältet"))
            for email in [Demo.member, Demo.council, Demo.staff] {
                #expect(try await ctx.signedIn(email).get(path).status == .forbidden)
            }
        }
    }
}
