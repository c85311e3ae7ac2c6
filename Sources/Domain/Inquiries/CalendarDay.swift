import Foundation

/// A date on the calendar, without a time of day: what "due on" and "answered on" mean.
/// Converted to and from moments in Stockholm, where the municipality keeps its hours.
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

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = timeZone
        return calendar
    }()

    /// The day a moment falls on in Stockholm.
    public init(_ date: Date) {
        let parts = Self.calendar.dateComponents([.year, .month, .day], from: date)
        self.init(parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// Midnight at the start of the day, Stockholm time.
    public var start: Date {
        Self.calendar.date(from: DateComponents(year: year, month: month, day: day)) ?? Date(timeIntervalSince1970: 0)
    }

    /// Midnight at the end of the day: a promise "by this day" holds until then.
    public var end: Date { adding(days: 1).start }

    public func adding(days: Int) -> CalendarDay {
        // Noon avoids any daylight-saving edge when stepping whole days.
        let noon = Self.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) ?? start
        return CalendarDay(Self.calendar.date(byAdding: .day, value: days, to: noon) ?? noon)
    }

    /// 1 = Monday … 7 = Sunday.
    public var weekday: Int {
        let noon = Self.calendar.date(from: DateComponents(year: year, month: month, day: day, hour: 12)) ?? start
        let sundayFirst = Self.calendar.component(.weekday, from: noon)
        return sundayFirst == 1 ? 7 : sundayFirst - 1
    }

    public static func < (lhs: CalendarDay, rhs: CalendarDay) -> Bool {
        (lhs.year, lhs.month, lhs.day) < (rhs.year, rhs.month, rhs.day)
    }

    /// 2026-11-26
    public var description: String { String(format: "%04d-%02d-%02d", year, month, day) }
}
