@testable import App
import Testing
import Vapor
import Fluent
import Domain
import Views

@Suite("Repeating events: published as a series, shown with their times, repeated in calendars and the API")
struct RepeatingEventTests {
    @Test("a weekly meeting with a day off: its page lists the times left, the list its next time, the calendar an RRULE; bad series store nothing")
    func weekly() async throws {
        try await TestApp.run { ctx in
            let staff = try await ctx.signedIn(Demo.staff)
            let first = CalendarDay(ctx.clock.now).adding(days: 20), off = first.adding(days: 14), last = first.adding(days: 63)
            let good = try await EventTests.form(ctx, ["repeat": "weekly", "repeatUntil": last.description, "repeatExceptions": off.description])
            let before = try await ctx.app.count(Event.self)
            for bad in [["repeatUntil": ""], ["repeatUntil": first.adding(days: 400).description], ["repeatExceptions": first.adding(days: 1).description],
                        ["endDay": first.adding(days: 1).description], ["repeat": "hourly"]] {
                let response = try await staff.submit("/evenemang/nytt", good.merging(bad) { $1 })
                #expect(response.status == .unprocessableEntity, "\(bad)")
                #expect(response.body.string.contains("error-summary"), "\(bad)")
            }
            #expect(try await ctx.app.count(Event.self) == before)
            #expect(try await staff.submit("/evenemang/nytt", good).status == .seeOther)
            let event = try await EventTests.event(ctx)
            #expect(event.repeats == EventRepeat(frequency: .weekly, until: last, exceptions: [off]))
            #expect(event.endsAt == last.at(ClockTime(hour: 20, minute: 0)!))

            let words = Wording(.sv)
            let page = try await ctx.browser().get("/evenemang/\(event.slug)").body.string
            #expect(page.contains("Varje \(words.t("weekday.\(first.weekday)")), 18:00–20:00"))
            #expect(page.contains(words.day(first.adding(days: 7))) && page.contains("Det blir inte av: \(words.day(off))"))
            #expect(page.contains("\"repeatFrequency\":\"P1W\"") && page.contains("\"exceptDate\":[\"\(off)\"]"))
            // The form to change it shows the series as written.
            let edit = try await staff.get("/evenemang/\(event.slug)/andra").body.string
            #expect(edit.contains("value=\"\(last)\"") && edit.contains("value=\"\(off)\""))

            let calendar = try await ctx.browser().get("/evenemang/\(event.slug).ics").body.string
            #expect(calendar.contains("RRULE:FREQ=WEEKLY;UNTIL=") && calendar.contains("EXDATE;TZID=Europe/Stockholm:\(off.description.replacingOccurrences(of: "-", with: ""))T180000"))

            let (_, body) = try await ctx.json("/api/v1/events/\(event.id!.uuidString)")
            let item = try #require(body as? [String: Any]), repeats = try #require(item["repeats"] as? [String: Any])
            #expect(repeats["frequency"] as? String == "weekly" && repeats["last"] as? String == last.description)
            #expect(repeats["except"] as? [String] == [off.description] && (repeats["next"] as? String)?.hasPrefix(first.description) == true)
            #expect((item["ends"] as? String)?.hasPrefix(first.description) == true)

            // Moving the last time raises the sequence calendars go by.
            let sequence = event.sequence
            #expect(try await staff.submit("/evenemang/\(event.slug)/andra", good.merging(["repeatUntil": last.adding(days: -7).description]) { $1 }).status == .seeOther)
            #expect(try await EventTests.event(ctx).sequence == sequence + 1)

            // Three weeks on, the list shows the next time, after the day off.
            ctx.clock.advance(by: Double(first.dayNumber - CalendarDay(ctx.clock.now).dayNumber + 10) * 86_400)
            let list = try await ctx.browser().get("/evenemang?district=\(good["district"]!)").body.string
            #expect(list.contains("Nästa gång: \(words.day(off.adding(days: 7)))"))
            // The lists order it by that next time, kept current by the hourly housekeeping.
            #expect(try await EventTests.event(ctx).nextStartsAt == event.startsAt)
            try await Housekeeping.run(ctx.app)
            let next = off.adding(days: 7).at(ClockTime(hour: 18, minute: 0)!)
            #expect(try await EventTests.event(ctx).nextStartsAt == next)
            let coming = try await EventStore.coming(.init(), now: ctx.clock.now, on: ctx.app.db).all()
            #expect(coming.map(\.nextStartsAt) == coming.map(\.nextStartsAt).sorted { (a: Date?, b: Date?) in (a ?? .distantPast) < (b ?? .distantPast) })
            #expect(coming.first { $0.title == event.title } != nil && coming.first!.startsAt > event.startsAt)

        }
    }
}
