import Foundation

/// A date on the calendar, without a time of day: what "due on" and "answered on" mean.
/// Converted to and from moments in Stockholm, where the municipality keeps its hours. Day
/// arithmetic is plain integer arithmetic on days since 1970 (no Calendar), because statistics
/// step through hundreds of thousands of them.
public struct CalendarDay: Sendable, Hashable, Comparable, Codable, CustomStringConvertible {
    public let year: Int
    public let month: Int
    public let day: Int

    public init(_ year: Int, _ month: Int, _ day: Int) {
        self.year = year
        self.month = month
        self.day = day
    }

    public static let timeZone = TimeZone(identifier: "Europe/Stockholm") ?? TimeZone(secondsFromGMT: 3600)!

    /// The day a moment falls on in Stockholm.
    public init(_ date: Date) {
        let local = date.timeIntervalSince1970 + Double(Self.timeZone.secondsFromGMT(for: date))
        self.init(dayNumber: Int((local / 86_400).rounded(.down)))
    }

    /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
    public var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let dayOfYear = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    public init(dayNumber: Int) {
        let z = dayNumber + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let month = mp + (mp < 10 ? 3 : -9)
        self.init(yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, dayOfYear - (153 * mp + 2) / 5 + 1)
    }

    /// Midnight at the start of the day, Stockholm time. Stockholm changes its clocks at night,
    /// never at midnight, so the offset an hour before midnight UTC is the one that applies.
    public var start: Date {
        let utcMidnight = Double(dayNumber) * 86_400
        let offset = Self.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: utcMidnight - 3600))
        return Date(timeIntervalSince1970: utcMidnight - Double(offset))
    }

    /// Midnight at the end of the day: a promise "by this day" holds until then.
    public var end: Date { adding(days: 1).start }

    public func adding(days: Int) -> CalendarDay { CalendarDay(dayNumber: dayNumber + days) }

    /// 1 = Monday … 7 = Sunday (1970-01-01 was a Thursday).
    public var weekday: Int { ((dayNumber % 7 + 7 + 3) % 7) + 1 }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// Reads "2026-03-01" (what a date field sends); nil for anything else or a day that does not exist.
    public init?(iso text: String) {
        let parts = text.trimmingWhitespace().split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]), (1...12).contains(month), day >= 1
        else { return nil }
        let candidate = CalendarDay(year, month, day)
        guard CalendarDay(dayNumber: candidate.dayNumber) == candidate else { return nil }
        self = candidate
    }

    /// 2026-11-26
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
}
