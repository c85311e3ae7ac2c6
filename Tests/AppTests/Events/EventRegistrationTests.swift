@testable import App
import Testing
import Vapor
import VaporTesting
import Fluent
import Domain

@Suite("Event registration: places, the waiting list, giving up a place, the organiser's list, data kept 30 days")
struct EventRegistrationTests {
    /// An event of the culture department's staff, 20 days ahead, taking registrations.
    static func event(_ ctx: TestApp.Context, capacity: Int?, closesInDays: Int? = nil) async throws -> Event {
        var form = try await EventTests.form(ctx, ["registration": "on", "capacity": capacity.map(String.init) ?? "",
                                                    "question": "Behöver du något för att kunna vara med?"])
        if let closesInDays { form["registrationCloses"] = CalendarDay(ctx.clock.now).adding(days: closesInDays).description }
        #expect(try await ctx.signedIn(Demo.staff).submit("/evenemang/nytt", form).status == .seeOther)
        return try await EventTests.event(ctx)
    }

    static func signUp(_ ctx: TestApp.Context, _ event: Event, _ name: String, answer: String = "") async throws -> TestingHTTPResponse {
        try await ctx.browser().submit("/evenemang/\(event.slug)", to: "/evenemang/\(event.slug)/anmal",
                                       ["name": name, "email": "\(name.lowercased())@example.org", "answer": answer])
    }

    static func registrations(_ ctx: TestApp.Context, _ event: Event, _ status: RegistrationStatus) async throws -> [EventRegistration] {
        try await EventRegistration.query(on: ctx.app.db).filter(\.$event.$id == event.id!).filter(\.$status == status).sort(\.$createdAt).all()
    }

    @Test("10 places and 40 registering at once: exactly 10 confirmed, 30 waiting", arguments: 1...3)
    func concurrent(run: Int) async throws {
        try await TestApp.run { ctx in
            let event = try await Self.event(ctx, capacity: 10)
            let app = ctx.app, id = event.id!
            try await withThrowingTaskGroup(of: Void.self) { group in
                for n in 1...40 {
                    group.addTask {
                        let draft = try SignUpDraft.read(FormFields(["name": "Person \(n)", "email": "p\(n)@example.org"]), addressRequired: true).get()
                        _ = try await app.change(label: "test") { change in
                            try await EventRegistrationsController.add(draft, to: id, registeredBy: nil, app: app, in: change)
                        }
                    }
                }
                try await group.waitForAll()
            }
            #expect(try await Self.registrations(ctx, event, .confirmed).count == 10, "run \(run)")
            #expect(try await Self.registrations(ctx, event, .waiting).count == 30, "run \(run)")
        }
    }

    @Test("a place given up goes to the first waiting, who is mailed once; the organiser sees the answers, others do not")
    func waitingList() async throws {
        try await TestApp.run { ctx in
            let event = try await Self.event(ctx, capacity: 2)
            for name in ["Anna", "Bo", "Cecilia", "David"] {
                ctx.clock.advance(by: 1) // the waiting list's order is the order they came
                #expect(try await Self.signUp(ctx, event, name, answer: name == "Anna" ? "Rullstol" : "").status == .seeOther)
            }
            #expect(try await Self.registrations(ctx, event, .confirmed).map(\.name) == ["Anna", "Bo"])
            #expect(try await Self.registrations(ctx, event, .waiting).map(\.name) == ["Cecilia", "David"])
            #expect(try await ctx.mails(to: "cecilia@example.org").first?.subject.contains("väntelistan") == true)
            // The same address twice is refused, saying why.
            let twice = try await Self.signUp(ctx, event, "Anna")
            #expect(twice.status == .conflict && twice.body.string.contains("redan anmäld"))
            // Anna gives up her place by the link in her mail; Cecilia moves up and is told, once.
            let link = try #require(try await ctx.linkInLastMail(to: "anna@example.org"))
            let page = try await ctx.browser().get(link)
            #expect(page.status == .ok && page.body.string.contains("Du har en plats."))
            #expect(try await ctx.browser().submit(link, to: link, [:]).status == .seeOther)
            #expect(try await Self.registrations(ctx, event, .confirmed).map(\.name) == ["Bo", "Cecilia"])
            let told = try await ctx.mails(to: "cecilia@example.org").filter { $0.subject.contains("fått en plats") }
            #expect(told.count == 1)
            // A place's mail carries the event's calendar entry; a waiting one's does not.
            let uid = "UID:\(event.id!.uuidString.lowercased())@samverka"
            #expect(told.first?.attachment?.filename == "evenemang.ics" && told.first?.attachment?.content.contains(uid) == true)
            #expect(try await ctx.mails(to: "anna@example.org").first?.attachment?.content.contains("METHOD:") == false)
            #expect(try await ctx.mails(to: "cecilia@example.org").first?.attachment == nil)
            let again = try await ctx.browser().get(link)
            #expect(again.status == .ok && again.body.string.contains("Du är avanmäld.") && !again.body.string.contains("Avanmäl mig"))
            // The organiser's list shows the answer; another department's staff and anonymous people do not get it.
            let list = try await ctx.signedIn(Demo.staff).get("/evenemang/\(event.slug)/anmalningar")
            #expect(list.status == .ok && list.body.string.contains("Rullstol") && list.body.string.contains("Namnteckning"))
            #expect(try await ctx.signedIn("kontaktperson.social@demo.samverka.example").get("/evenemang/\(event.slug)/anmalningar").status == .forbidden)
            #expect(!(try await ctx.browser().get("/evenemang/\(event.slug)").body.string.contains("Rullstol")))
        }
    }

    @Test("moving and cancelling mail those with a place the calendar file as it now is, those waiting without one, and one moved up only once")
    func movedAndCancelledCalendars() async throws {
        try await TestApp.run { ctx in
            let event = try await Self.event(ctx, capacity: 1)
            for name in ["Anna", "Bo", "Cecilia"] {
                ctx.clock.advance(by: 1)
                #expect(try await Self.signUp(ctx, event, name).status == .seeOther)
            }
            // A new time, and a place more: Bo moves up and hears it once, with the new time's file.
            let staff = try await ctx.signedIn(Demo.staff), path = "/evenemang/\(event.slug)"
            var form = try await EventTests.form(ctx, ["registration": "on", "capacity": "2", "question": "Behöver du något för att kunna vara med?"])
            form["startTime"] = "18:30"
            #expect(try await staff.submit(path + "/andra", form).status == .seeOther)
            let moved = try #require(try await ctx.mails(to: "anna@example.org").first { $0.subject.hasPrefix("Ändrad tid") })
            #expect(moved.body.contains("bifogade filen"))
            #expect(moved.attachment?.content.contains("SEQUENCE:1\r\n") == true)
            #expect(moved.attachment?.content.contains("T183000\r\n") == true)
            let bo = try await ctx.mails(to: "bo@example.org").dropFirst()
            #expect(bo.map(\.subject) == ["Du har fått en plats: \(event.title)"] && bo.first?.attachment?.content.contains("T183000\r\n") == true)
            let waiting = try #require(try await ctx.mails(to: "cecilia@example.org").first { $0.subject.hasPrefix("Ändrad tid") })
            #expect(waiting.attachment == nil && waiting.body.contains("väntelistan") && !waiting.body.contains("bifogade"))
            #expect(try await staff.submit(path, to: path + "/stall-in", [:]).status == .seeOther)
            let cancelled = try #require(try await ctx.mails(to: "anna@example.org").first { $0.subject.hasPrefix("Inställt") })
            #expect(cancelled.attachment?.content.contains("STATUS:CANCELLED\r\n") == true)
            #expect(cancelled.attachment?.content.contains("SEQUENCE:2\r\n") == true)
            #expect(try await ctx.mails(to: "cecilia@example.org").first { $0.subject.hasPrefix("Inställt") }?.attachment == nil)
        }
    }

    @Test("closed after the last day, and for a cancelled event, with a clear message; cancelling mails everyone registered")
    func closedAndCancelled() async throws {
        try await TestApp.run { ctx in
            let event = try await Self.event(ctx, capacity: nil, closesInDays: 5)
            #expect(try await Self.signUp(ctx, event, "Erik").status == .seeOther)
            // A page loaded half an hour before the last day ends, sent an hour later.
            let path = "/evenemang/\(event.slug)"
            let closes = CalendarDay(ctx.clock.now).adding(days: 5).end
            ctx.clock.advance(by: closes.timeIntervalSince(ctx.clock.now) - 1800)
            let frida = ctx.browser()
            try await frida.get(path)
            ctx.clock.advance(by: 3600)
            let late = try await frida.post(path + "/anmal", ["name": "Frida", "email": "frida@example.org"])
            #expect(late.status == .conflict && late.body.string.contains("Det går inte längre att anmäla sig"), "\(late.status)")
            // Another event, cancelled while a page with its form is open.
            let staff = try await ctx.signedIn(Demo.staff)
            var form = try await EventTests.form(ctx, ["title": "Läxhjälpskväll, andra", "registration": "on"])
            form["startDay"] = CalendarDay(ctx.clock.now).adding(days: 10).description
            #expect(try await staff.submit("/evenemang/nytt", form).status == .seeOther)
            let other = try await EventTests.event(ctx, "Läxhjälpskväll, andra")
            let otherPath = "/evenemang/\(other.slug)"
            #expect(try await Self.signUp(ctx, other, "Hilda").status == .seeOther)
            let gustav = ctx.browser()
            try await gustav.get(otherPath)
            #expect(try await staff.submit(otherPath, to: otherPath + "/stall-in", [:]).status == .seeOther)
            #expect(try await ctx.mails(to: "hilda@example.org").contains { $0.subject.hasPrefix("Inställt") })
            let cancelled = try await gustav.post(otherPath + "/anmal", ["name": "Gustav", "email": "gustav@example.org"])
            #expect(cancelled.status == .conflict && cancelled.body.string.contains("inställt"), "\(cancelled.status)")
            #expect(try await EventRegistration.query(on: ctx.app.db).filter(\.$event.$id ~~ [event.id!, other.id!]).count() == 2)
        }
    }

    @Test("a handler registers someone who phoned, without an address; attendance is recorded; personal data is gone 30 days after")
    func organiserAndForgetting() async throws {
        try await TestApp.run { ctx in
            let event = try await Self.event(ctx, capacity: 5)
            let staff = try await ctx.signedIn(Demo.staff)
            let list = "/evenemang/\(event.slug)/anmalningar"
            #expect(try await staff.submit(list, to: list + "/ny", ["name": "Ringde In", "answer": "Hörslinga"]).status == .seeOther)
            ctx.clock.advance(by: 1)
            #expect(try await Self.signUp(ctx, event, "Hanna").status == .seeOther)
            let rows = try await Self.registrations(ctx, event, .confirmed)
            #expect(rows.map(\.name) == ["Ringde In", "Hanna"] && rows[0].email.isEmpty && rows[0].registeredByID != nil)
            #expect(try await staff.submit(list, to: list, ["attended[]": rows[0].id!.uuidString]).status == .seeOther)
            #expect(try await Self.registrations(ctx, event, .confirmed).map(\.attended) == [true, false])
            // 29 days after the event the data is kept; 31 days after it is gone, the counts stay.
            ctx.clock.advance(by: 20 * 86_400 + 29 * 86_400)
            try await Housekeeping.run(ctx.app)
            #expect(try await Self.registrations(ctx, event, .confirmed).first?.answer == "Hörslinga")
            ctx.clock.advance(by: 2 * 86_400)
            try await Housekeeping.run(ctx.app)
            let forgotten = try await Self.registrations(ctx, event, .confirmed)
            #expect(forgotten.count == 2 && forgotten.allSatisfy { $0.name.isEmpty && $0.email.isEmpty && $0.answer.isEmpty && $0.forgottenAt != nil })
            #expect(forgotten.map(\.attended) == [true, false])
        }
    }
}
