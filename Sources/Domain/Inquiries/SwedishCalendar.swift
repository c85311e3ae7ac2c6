/// Working days in Sweden: Monday to Friday, except public holidays and the eves that
/// workplaces keep closed (midsummer, Christmas and New Year's Eve). Easter decides four
/// of the holidays; midsummer and All Saints fall on a weekday window.
public enum SwedishCalendar {
    public enum Holiday: String, Sendable, CaseIterable {
        case newYearsDay, epiphany, goodFriday, easterSunday, easterMonday, mayDay, ascensionDay,
             whitsunday, nationalDay, midsummerEve, midsummerDay, allSaintsDay,
             christmasEve, christmasDay, boxingDay, newYearsEve
    }

    /// Easter Sunday by the anonymous Gregorian algorithm (Meeus/Jones/Butcher).
    public static func easterSunday(_ year: Int) -> CalendarDay {
        let a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4
        let f = (b + 8) / 25, g = (b - f + 1) / 3, h = (19 * a + b - d - g + 15) % 30
        let i = c / 4, k = c % 4, l = (32 + 2 * e + 2 * i - h - k) % 7
        let m = (a + 11 * h + 22 * l) / 451
        let month = (h + l - 7 * m + 114) / 31, day = (h + l - 7 * m + 114) % 31 + 1
        return CalendarDay(year, month, day)
    }

    /// The first day in a seven-day window that falls on the given weekday (1 = Monday).
    static func first(_ weekday: Int, from day: CalendarDay) -> CalendarDay {
        day.adding(days: (weekday - day.weekday + 7) % 7)
    }

    public static func holidays(in year: Int) -> [CalendarDay: Holiday] {
        let easter = easterSunday(year)
        let midsummerEve = first(5, from: CalendarDay(year, 6, 19))
        // Two can fall on one day (Ascension Day was May Day in 2008); the first named is kept.
        let days: KeyValuePairs<CalendarDay, Holiday> = [
            CalendarDay(year, 1, 1): .newYearsDay,
            CalendarDay(year, 1, 6): .epiphany,
            easter.adding(days: -2): .goodFriday,
            easter: .easterSunday,
            easter.adding(days: 1): .easterMonday,
            CalendarDay(year, 5, 1): .mayDay,
            easter.adding(days: 39): .ascensionDay,
            easter.adding(days: 49): .whitsunday,
            CalendarDay(year, 6, 6): .nationalDay,
            midsummerEve: .midsummerEve,
            midsummerEve.adding(days: 1): .midsummerDay,
            first(6, from: CalendarDay(year, 10, 31)): .allSaintsDay,
            CalendarDay(year, 12, 24): .christmasEve,
            CalendarDay(year, 12, 25): .christmasDay,
            CalendarDay(year, 12, 26): .boxingDay,
            CalendarDay(year, 12, 31): .newYearsEve,
        ]
        return Dictionary(days.map { ($0.key, $0.value) }, uniquingKeysWith: { first, _ in first })
    }

    /// The days off of the years anyone will ask about, worked out once.
    private static let daysOff: [Int: Set<CalendarDay>] = Dictionary(uniqueKeysWithValues: (1970...2100).map { year in
        (year, Set(holidays(in: year).keys))
    })

    public static func isWorkingDay(_ day: CalendarDay) -> Bool {
        guard day.weekday <= 5 else { return false }
        return !(daysOff[day.year] ?? Set(holidays(in: day.year).keys)).contains(day)
    }

    /// The n-th working day after `day` (the day itself does not count): a question that
    /// arrives on a Friday with a promise of one working day is due on Monday.
    public static func addingWorkingDays(_ count: Int, to day: CalendarDay) -> CalendarDay {
        var current = day
        var left = max(0, count)
        while left > 0 {
            current = current.adding(days: 1)
            if isWorkingDay(current) { left -= 1 }
        }
        return current
    }

    /// Working days after `from` up to and including `to`; 0 when `to` is not later.
    public static func workingDays(from: CalendarDay, to: CalendarDay) -> Int {
        guard from < to else { return 0 }
        var count = 0
        var current = from
        while current < to {
            current = current.adding(days: 1)
            if isWorkingDay(current) { count += 1 }
        }
        return count
    }
}
