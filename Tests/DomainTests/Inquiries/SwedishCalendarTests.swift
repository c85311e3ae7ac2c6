import Testing
import Foundation
@testable import Domain

@Suite("Working days follow the Swedish calendar")
struct SwedishCalendarTests {
    @Test("Easter Sunday", arguments: [
        (2024, 3, 31), (2025, 4, 20), (2026, 4, 5), (2027, 3, 28), (2028, 4, 16), (2029, 4, 1), (2030, 4, 21), (2038, 4, 25),
    ])
    func easter(year: Int, month: Int, day: Int) {
        #expect(SwedishCalendar.easterSunday(year) == CalendarDay(year, month, day))
    }

    @Test("the moving holidays fall on their days")
    func movingHolidays() {
        let h2026 = SwedishCalendar.holidays(in: 2026)
        #expect(h2026[CalendarDay(2026, 4, 3)] == .goodFriday)
        #expect(h2026[CalendarDay(2026, 4, 6)] == .easterMonday)
        #expect(h2026[CalendarDay(2026, 5, 14)] == .ascensionDay)
        #expect(h2026[CalendarDay(2026, 5, 24)] == .whitsunday)
        #expect(h2026[CalendarDay(2026, 6, 19)] == .midsummerEve)
        #expect(h2026[CalendarDay(2026, 6, 20)] == .midsummerDay)
        #expect(h2026[CalendarDay(2026, 10, 31)] == .allSaintsDay)
        #expect(SwedishCalendar.holidays(in: 2024)[CalendarDay(2024, 6, 21)] == .midsummerEve)
        #expect(SwedishCalendar.holidays(in: 2025)[CalendarDay(2025, 6, 20)] == .midsummerEve)
        #expect(SwedishCalendar.holidays(in: 2027)[CalendarDay(2027, 6, 25)] == .midsummerEve)
        #expect(SwedishCalendar.holidays(in: 2025)[CalendarDay(2025, 11, 1)] == .allSaintsDay)
        #expect(SwedishCalendar.holidays(in: 2027)[CalendarDay(2027, 11, 6)] == .allSaintsDay)
        #expect(SwedishCalendar.holidays(in: 2028)[CalendarDay(2028, 5, 25)] == .ascensionDay)
    }

    @Test("every year has 16 named days, and the year 2026 has 251 working days")
    func counts() {
        for year in 2020...2040 { #expect(SwedishCalendar.holidays(in: year).count == 16, "\(year)") }
        // In 2008 Ascension Day fell on May Day: one day off, not two.
        #expect(SwedishCalendar.holidays(in: 2008).count == 15)
        #expect(!SwedishCalendar.isWorkingDay(CalendarDay(2008, 5, 1)))
        let days = (0..<365).map { CalendarDay(2026, 1, 1).adding(days: $0) }
        #expect(days.last == CalendarDay(2026, 12, 31))
        #expect(days.filter(SwedishCalendar.isWorkingDay).count == 251)
    }

    @Test("adding working days skips weekends, Easter, Christmas and New Year", arguments: [
        ((2026, 11, 20), 1, (2026, 11, 23)), // Friday → Monday
        ((2026, 11, 16), 5, (2026, 11, 23)), // Monday + 5 → next Monday
        ((2026, 4, 2), 1, (2026, 4, 7)),     // Maundy Thursday → Tuesday after Easter Monday
        ((2026, 12, 23), 1, (2026, 12, 28)), // before Christmas Eve → Monday after
        ((2026, 12, 30), 1, (2027, 1, 4)),   // New Year's Eve and Day are off
        ((2027, 1, 5), 1, (2027, 1, 7)),     // Epiphany on Wednesday
        ((2026, 6, 18), 1, (2026, 6, 22)),   // midsummer eve
        ((2026, 11, 21), 0, (2026, 11, 21)), // zero days: the same day
    ])
    func adding(start: (Int, Int, Int), count: Int, expected: (Int, Int, Int)) {
        let day = CalendarDay(start.0, start.1, start.2)
        #expect(SwedishCalendar.addingWorkingDays(count, to: day) == CalendarDay(expected.0, expected.1, expected.2))
    }

    @Test("counting working days undoes adding them, over six years")
    func inverse() {
        var day = CalendarDay(2024, 1, 1)
        while day < CalendarDay(2030, 1, 1) {
            for count in [0, 1, 3, 5, 10] {
                #expect(SwedishCalendar.workingDays(from: day, to: SwedishCalendar.addingWorkingDays(count, to: day)) == count, "\(day) + \(count)")
            }
            day = day.adding(days: 5)
        }
    }

    @Test("a calendar day is read in Stockholm time, across daylight saving")
    func stockholm() {
        // 2026-03-28 23:30 UTC is already Sunday in Stockholm (UTC+1); 2026-06-30 22:30 UTC is July 1 (UTC+2).
        #expect(CalendarDay(Date(timeIntervalSince1970: 1_774_740_600)) == CalendarDay(2026, 3, 29))
        #expect(CalendarDay(Date(timeIntervalSince1970: 1_782_859_800)) == CalendarDay(2026, 7, 1))
        #expect(CalendarDay(2026, 3, 28).adding(days: 1) == CalendarDay(2026, 3, 29))
        #expect(CalendarDay(2026, 3, 29).end.timeIntervalSince(CalendarDay(2026, 3, 29).start) == 23 * 3600)
        #expect(CalendarDay(2026, 11, 26).weekday == 4)
        for number in [-800_000, -1, 0, 1, 59, 60, 11_016, 20_418, 50_000] {
            #expect(CalendarDay(dayNumber: number).dayNumber == number)
        }
        #expect(CalendarDay(dayNumber: 0) == CalendarDay(1970, 1, 1) && CalendarDay(2000, 2, 29).adding(days: 1) == CalendarDay(2000, 3, 1))
    }
}
