import Foundation

/// How often a repeating event comes back.
public enum RepeatFrequency: String, Sendable, Hashable, CaseIterable, Codable {
    /// The same weekday every week.
    case weekly
    /// The same weekday in the same week of every month: "the second Tuesday", or "the last
    /// Friday" when the first day is a month's fifth Friday (the 29th or later). Every month has
    /// both, so no month is skipped (a plain "the 31st" would skip half the year).
    case monthly
}

/// A repeating event: every week or month from its first day until a last day, except on some
/// days (a holiday, the summer). Each time lasts as the first one does, at the same time on
/// Stockholm's clocks, so an 18:00 meeting stays 18:00 in summer and winter.
public struct EventRepeat: Sendable, Hashable {
    public var frequency: RepeatFrequency
    /// No time comes after this day.
    public var until: CalendarDay
    /// Days the event would come but does not, sorted.
    public var exceptions: [CalendarDay]

    /// A series lasts at most a year, so a page lists it whole and a calendar never expands it forever.
    public static let longestDays = 366

    public init(frequency: RepeatFrequency, until: CalendarDay, exceptions: [CalendarDay] = []) {
        (self.frequency, self.until, self.exceptions) = (frequency, until, Array(Set(exceptions)).sorted())
    }

    /// Every day the rule gives from `first` to `until`, exceptions included.
    public func ruleDays(from first: CalendarDay) -> [CalendarDay] {
        switch frequency {
        case .weekly:
            return Array(stride(from: first.dayNumber, through: until.dayNumber, by: 7).map(CalendarDay.init(dayNumber:)))
        case .monthly:
            let week = Self.weekOfMonth(first)
            var days: [CalendarDay] = [], year = first.year, month = first.month
            while true {
                let day = Self.day(week: week, weekday: first.weekday, year: year, month: month)
                guard day <= until else { return days }
                days.append(day)
                (year, month) = month == 12 ? (year + 1, 1) : (year, month + 1)
            }
        }
    }

    /// The days the event takes place, first to last.
    public func days(from first: CalendarDay) -> [CalendarDay] {
        let skipped = Set(exceptions)
        return ruleDays(from: first).filter { !skipped.contains($0) }
    }

    /// 1…4 for the first to fourth such weekday of the month, -1 for the last one (a fifth is always the last).
    public static func weekOfMonth(_ day: CalendarDay) -> Int {
        let week = (day.day - 1) / 7 + 1
        return week == 5 ? -1 : week
    }

    static func day(week: Int, weekday: Int, year: Int, month: Int) -> CalendarDay {
        if week > 0 {
            let first = CalendarDay(year, month, 1)
            return first.adding(days: (weekday - first.weekday + 7) % 7 + (week - 1) * 7)
        }
        let last = CalendarDay(year, month, 1).adding(days: 40).settingDay(1).adding(days: -1)
        return last.adding(days: -((last.weekday - weekday + 7) % 7))
    }

    /// RFC 5545's rule: `FREQ=WEEKLY;UNTIL=…` or `FREQ=MONTHLY;BYDAY=2TU;UNTIL=…`. `untilValue` is
    /// the last day as the calendar needs it (a DATE, or the last start in UTC).
    public func rule(first: CalendarDay, untilValue: String) -> String {
        switch frequency {
        case .weekly: return "FREQ=WEEKLY;UNTIL=\(untilValue)"
        case .monthly:
            let names = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"]
            return "FREQ=MONTHLY;BYDAY=\(Self.weekOfMonth(first))\(names[first.weekday - 1]);UNTIL=\(untilValue)"
        }
    }
}

extension CalendarDay {
    /// The same month and year on another day of it.
    func settingDay(_ day: Int) -> CalendarDay { CalendarDay(year, month, day) }
}

extension EventRepeat {
    /// From the event form: `repeat` (empty, weekly or monthly), `repeatUntil` (a date) and
    /// `repeatExceptions` (dates, separated by commas, spaces or lines); nil when it does not repeat.
    /// A repeating event starts and ends on one day; its exceptions must be later days it would come.
    static func read(_ fields: FormFields, startDay: CalendarDay?, endDay: CalendarDay?, _ checks: inout FieldChecks) -> EventRepeat? {
        guard !fields["repeat"].isEmpty else { return nil }
        guard let frequency = RepeatFrequency(rawValue: fields["repeat"]) else { checks.add("repeat", "error.choose"); return nil }
        if let startDay, let endDay, endDay != startDay { checks.add("endDay", "error.event.repeatOneDay") }
        guard let until = CalendarDay(iso: fields["repeatUntil"]) else {
            checks.add("repeatUntil", fields["repeatUntil"].trimmingWhitespace().isEmpty ? "error.required" : "error.date")
            return nil
        }
        var exceptions: [CalendarDay] = []
        let words = fields["repeatExceptions"].split(whereSeparator: { $0 == "," || $0 == ";" || $0.isWhitespace })
        for word in words {
            guard let day = CalendarDay(iso: String(word)) else { checks.add("repeatExceptions", "error.event.exceptionDate"); return nil }
            exceptions.append(day)
        }
        guard let startDay else { return nil }
        if until <= startDay { checks.add("repeatUntil", "error.event.untilBeforeStart"); return nil }
        if until.dayNumber - startDay.dayNumber > longestDays { checks.add("repeatUntil", "error.event.untilTooLate"); return nil }
        let series = EventRepeat(frequency: frequency, until: until, exceptions: exceptions)
        // The first day is the event's date and always takes place; move the date to skip it.
        let laterDays = Set(series.ruleDays(from: startDay).dropFirst())
        if !series.exceptions.allSatisfy(laterDays.contains) { checks.add("repeatExceptions", "error.event.notATime") }
        return series
    }

    /// The form's text for the exceptions.
    public var exceptionsText: String { exceptions.map(\.description).joined(separator: ", ") }
}
