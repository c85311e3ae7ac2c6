@testable import App
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain

@Suite("The contact network: the roster says who has no contact person; the coordinator records meetings and attendance")
struct ContactNetworkTests {
    @Test("the roster names each department's contact person, says plainly who has none, and counts the year's attendance")
    func roster() async throws {
        try await TestApp.run { ctx in
            let page = try await ctx.browser().get("/kontaktnatet")
            let html = page.body.string
            #expect(page.status == .ok)
            // The demo appoints one in every department but the last two.
            #expect(html.contains("2 förvaltningar och bolag saknar kontaktperson.") && html.components(separatedBy: "Saknar kontaktperson").count - 1 == 2)
            #expect(html.contains("Kontaktperson socialförvaltningen (exempel)"))
            #expect(html.contains("Kontaktnätets möte") == false && html.contains("/kontaktnatet/moten/"))
            // Nobody but the coordinator is offered the forms.
            #expect(!html.contains("/kontaktnatet/moten/nytt"))
            #expect(try await ctx.signedIn(Demo.admin).get("/kontaktnatet").body.string.contains("/kontaktnatet/moten/nytt"))
        }
    }

    @Test("the coordinator records a meeting and who came; bad input stores nothing and says why; others may not")
    func record() async throws {
        try await TestApp.run { ctx in
            let admin = try await ctx.signedIn(Demo.admin)
            let culture = try await ctx.department("kultur-och-fritidsforvaltningen")
            let social = try await ctx.department("socialforvaltningen")
            let today = CalendarDay(ctx.clock.now)
            let good = ["day": today.adding(days: -2).description, "place": "Stadshuset", "agenda": "- Uppföljningen", "minutes": "Vi gick igenom den.",
                        "present[]": culture.typedID.description]
            let before = try await ctx.app.count(NetworkMeeting.self)
            for bad in [["day": "igår"], ["day": today.adding(days: -4000).description], ["place": ""], ["present[]": UUID().uuidString],
                        ["day": today.adding(days: 7).description]] {
                let response = try await admin.submit("/kontaktnatet/moten/nytt", good.merging(bad) { $1 })
                #expect(response.status == .unprocessableEntity && response.body.string.contains("error-summary"), "\(bad)")
            }
            #expect(try await ctx.app.count(NetworkMeeting.self) == before)
            let saved = try await admin.submit("/kontaktnatet/moten/nytt", good)
            #expect(saved.status == .seeOther)
            let path = try #require(saved.headers.first(name: .location)?.split(separator: "?").first.map { String($0) })
            let meeting = try #require(try await NetworkMeeting.query(on: ctx.app.db).filter(\.$place == "Stadshuset").first())
            #expect(try await NetworkAttendance.query(on: ctx.app.db).filter(\.$meeting.$id == meeting.id!).all().map(\.$department.id) == [culture.id!])
            // Everyone reads the meeting: who came and who did not.
            let shown = try await ctx.browser().get(path).body.string
            #expect(shown.contains("Vi gick igenom den.") && shown.contains("Var med (1)") && shown.contains(social.name))
            // The coordinator corrects the attendance; the change is audited.
            let corrected = try await admin.submit(path + "/andra", good.merging(["present[]": social.typedID.description]) { $1 })
            #expect(corrected.status == .seeOther)
            #expect(try await NetworkAttendance.query(on: ctx.app.db).filter(\.$meeting.$id == meeting.id!).all().map(\.$department.id) == [social.id!])
            #expect(try await AuditEntry.query(on: ctx.app.db).filter(\.$entityID == meeting.id!.uuidString).count() == 2)
            // A contact person or a member may not.
            let contact = try await ctx.signedIn("kontaktperson.social@demo.samverka.example")
            #expect(try await contact.get("/kontaktnatet/moten/nytt").status == .forbidden)
            #expect(try await contact.post(path + "/andra", good).status == .forbidden)
        }
    }

    @Test("the follow-up counts each department's attendance at the year's meetings held so far")
    func followUp() async throws {
        try await TestApp.run { ctx in
            let figures = FollowUpFigures(year: CalendarDay(ctx.clock.now).year, db: ctx.app.db, now: ctx.clock.now)
            let table = try #require(try await figures.report().table(.network))
            let attendance = try await NetworkStore.attendance(year: CalendarDay(ctx.clock.now).year, today: CalendarDay(ctx.clock.now), on: ctx.app.db)
            #expect(attendance.held > 0 && table.rows.allSatisfy { $0.values[1] == .count(attendance.held) })
            let social = try await ctx.department("socialforvaltningen")
            let row = try #require(table.rows.first { $0.key == social.slug })
            let attended = attendance.attended[social.id!] ?? 0
            #expect(row.values[0] == .count(attended) && row.values[2] == .share(Double(attended) / Double(attendance.held)))
        }
    }
}

@Suite("Commitments under the agreement: each department writes its own and reports; everyone sees who has not")
struct CommitmentTests {
    @Test("the contact person writes their department's commitments and report; not another's; bad input says why")
    func write() async throws {
        try await TestApp.run { ctx in
            let year = CalendarDay(ctx.clock.now).year
            let contact = try await ctx.signedIn("kontaktperson.social@demo.samverka.example")
            let path = "/kontaktnatet/ataganden/socialforvaltningen/\(year)"
            let good = ["commitments": "- Samråda om hemlöshet", "report": "Vi höll ett samråd."]
            for bad in [["commitments": ""], ["report": String(repeating: "x", count: 8001)]] {
                let response = try await contact.submit(path, good.merging(bad) { $1 })
                #expect(response.status == .unprocessableEntity && response.body.string.contains("error-summary"), "\(bad)")
            }
            // A report for a year that has not begun is refused; the commitments alone are fine.
            let next = "/kontaktnatet/ataganden/socialforvaltningen/\(year + 1)"
            #expect(try await contact.submit(next, good).status == .unprocessableEntity)
            #expect(try await contact.submit(next, ["commitments": "- Fortsätta samråden"]).status == .seeOther)
            #expect(try await contact.submit(path, good).status == .seeOther)
            let social = try await ctx.department("socialforvaltningen")
            let row = try #require(try await Commitment.query(on: ctx.app.db).filter(\.$department.$id == social.id!).filter(\.$year == year).first())
            #expect(row.commitments == "- Samråda om hemlöshet" && row.report == "Vi höll ett samråd." && row.reportedAt != nil)
            // Another department's, a year out of range, or a member: refused.
            #expect(try await contact.get("/kontaktnatet/ataganden/kultur-och-fritidsforvaltningen/\(year)").status == .forbidden)
            #expect(try await contact.get("/kontaktnatet/ataganden/socialforvaltningen/\(year + 2)").status == .notFound)
            #expect(try await ctx.signedIn(Demo.member).get(path).status == .forbidden)
            // Everyone reads them, and who has not reported is said plainly.
            let list = try await ctx.browser().get("/kontaktnatet/ataganden?year=\(year)").body.string
            #expect(list.contains("Vi höll ett samråd.") && list.contains("Har inte rapporterat."))
            let table = try #require(try await FollowUpFigures(year: year, db: ctx.app.db, now: ctx.clock.now).report().table(.commitments))
            #expect(table.rows.first { $0.key == "socialforvaltningen" }?.values == [.count(1), .count(1)])
        }
    }
}
