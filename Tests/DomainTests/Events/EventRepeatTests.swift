import Testing
import Foundation
@testable import Domain

@Suite("Repeating events: every week or month, with exceptions, on Stockholm's clocks")
struct EventRepeatTests {
    static func read(_ changes: [String: String]) -> Result<EventDraft, FieldErrors> {
        EventDraft.read(EventDraftTests.fields(changes), organisers: [EventDraftTests.organiser], knownDistricts: [EventDraftTests.vivalla])
    }

    static func errors(_ changes: [String: String]) -> [String] { EventDraftTests.errors(changes) }

    /// The hour and minute a moment shows in Stockholm.
    static func wallClock(_ date: Date) -> Int {
        let local = Int(date.timeIntervalSince1970) + CalendarDay.timeZone.secondsFromGMT(for: date)
        return local - CalendarDay(date).dayNumber * 86_400
    }

    @Test("a weekly 18:00 meeting from March to November is at 18:00 every time, both sides of each change of clocks")
    func weeklyAcrossDaylightSaving() throws {
        // 2027-03-16 is a Tuesday; summer time starts 28 March and ends 31 October 2027.
        let draft = try Self.read(["startDay": "2027-03-16", "startTime": "18:00", "endTime": "20:00", "repeat": "weekly",
                                   "repeatUntil": "2027-11-09", "repeatExceptions": "2027-07-06, 2027-07-13"]).get()
        let days = try #require(draft.repeats).days(from: draft.startDay)
        #expect(days.count == 35 - 2 && days.first == CalendarDay(2027, 3, 16) && days.last == CalendarDay(2027, 11, 9))
        #expect(days.allSatisfy { $0.weekday == 2 } && !days.contains(CalendarDay(2027, 7, 6)))
        let six = ClockTime(hour: 18, minute: 0)!
        for day in days { #expect(Self.wallClock(day.at(six)) == 18 * 3600, "\(day)") }
        // The same wall-clock time is a different UTC time in winter and summer.
        #expect(CalendarDay(2027, 3, 30).at(six).timeIntervalSince(CalendarDay(2027, 3, 23).at(six)) == 7 * 86_400 - 3600)
        #expect(CalendarDay(2027, 11, 2).at(six).timeIntervalSince(CalendarDay(2027, 10, 26).at(six)) == 7 * 86_400 + 3600)
        // The series ends when its last time does.
        #expect(draft.ends == CalendarDay(2027, 11, 9).at(ClockTime(hour: 20, minute: 0)!))
    }

    @Test("monthly keeps the weekday and the week: the second Tuesday, or the last Friday")
    func monthly() {
        let second = EventRepeat(frequency: .monthly, until: CalendarDay(2027, 4, 30)).days(from: CalendarDay(2026, 12, 8))
        #expect(second == [CalendarDay(2026, 12, 8), CalendarDay(2027, 1, 12), CalendarDay(2027, 2, 9), CalendarDay(2027, 3, 9), CalendarDay(2027, 4, 13)])
        // 2027-01-29 is the fifth Friday of January: "the last Friday" from then on, so no month is skipped.
        let last = EventRepeat(frequency: .monthly, until: CalendarDay(2027, 4, 30)).days(from: CalendarDay(2027, 1, 29))
        #expect(last == [CalendarDay(2027, 1, 29), CalendarDay(2027, 2, 26), CalendarDay(2027, 3, 26), CalendarDay(2027, 4, 30)])
        #expect(EventRepeat.weekOfMonth(CalendarDay(2027, 1, 29)) == -1 && EventRepeat.weekOfMonth(CalendarDay(2026, 12, 8)) == 2)
    }

    @Test("what is wrong with a series is named on its field")
    func refusals() {
        let weekly = ["startDay": "2026-12-01", "repeat": "weekly"]
        #expect(Self.errors(weekly) == ["repeatUntil:error.required"])
        #expect(Self.errors(weekly.merging(["repeatUntil": "2026-11-24"]) { $1 }) == ["repeatUntil:error.event.untilBeforeStart"])
        #expect(Self.errors(weekly.merging(["repeatUntil": "2027-12-24"]) { $1 }) == ["repeatUntil:error.event.untilTooLate"])
        #expect(Self.errors(weekly.merging(["repeatUntil": "2027-03-01", "repeatExceptions": "2026-12-09"]) { $1 })
                == ["repeatExceptions:error.event.notATime"])
        #expect(Self.errors(weekly.merging(["repeatUntil": "2027-03-01", "repeatExceptions": "2026-12-01"]) { $1 })
                == ["repeatExceptions:error.event.notATime"])
        #expect(Self.errors(weekly.merging(["repeatUntil": "2027-03-01", "repeatExceptions": "jul"]) { $1 })
                == ["repeatExceptions:error.event.exceptionDate"])
        #expect(Self.errors(weekly.merging(["repeatUntil": "2027-03-01", "endDay": "2026-12-02"]) { $1 }) == ["endDay:error.event.repeatOneDay"])
        #expect(Self.errors(["repeat": "daily", "repeatUntil": "2027-03-01"]) == ["repeat:error.choose"])
        #expect(Self.errors(weekly.merging(["repeatUntil": "2027-03-01", "repeatExceptions": "2026-12-22;2026-12-29\n2027-01-05"]) { $1 }).isEmpty)
    }

    @Test("the calendar file repeats it: RRULE with UNTIL in UTC, EXDATE at the local time; all-day as dates")
    func calendar() {
        let series = EventRepeat(frequency: .weekly, until: CalendarDay(2027, 3, 2), exceptions: [CalendarDay(2026, 12, 29), CalendarDay(2026, 12, 22)])
        let timed = ICalendar.document([ICalendarTests.entry { $0.startDay = CalendarDay(2026, 12, 1); $0.endDay = $0.startDay; $0.repeats = series }],
                                       name: "x").components(separatedBy: "\r\n")
        #expect(timed.contains("RRULE:FREQ=WEEKLY;UNTIL=20270302T170000Z"))
        #expect(timed.contains("EXDATE;TZID=Europe/Stockholm:20261222T180000,20261229T180000"))
        let allDay = ICalendar.document([ICalendarTests.entry {
            $0.startDay = CalendarDay(2026, 12, 8); $0.endDay = $0.startDay; $0.startTime = nil; $0.endTime = nil
            $0.repeats = EventRepeat(frequency: .monthly, until: CalendarDay(2027, 3, 31), exceptions: [CalendarDay(2027, 2, 9)])
        }], name: "x").components(separatedBy: "\r\n")
        #expect(allDay.contains("RRULE:FREQ=MONTHLY;BYDAY=2TU;UNTIL=20270309") && allDay.contains("EXDATE;VALUE=DATE:20270209"))
    }
}
