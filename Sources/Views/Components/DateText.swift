import Foundation

/// Moments as numbers, in Stockholm time: the calendar day, the clock time and the machine
/// form. Words (month names, "26 november 2026") are `Wording`'s.
public enum DateText {
    public static let stockholm = TimeZone(identifier: "Europe/Stockholm") ?? TimeZone(secondsFromGMT: 3600)!

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = stockholm
        return calendar
    }()

    /// Year, month and day of a moment, in Stockholm.
    public static func calendarParts(_ date: Date) -> (year: Int, month: Int, day: Int) {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return (parts.year ?? 1970, parts.month ?? 1, parts.day ?? 1)
    }

    /// 14:30
    public static func time(_ date: Date) -> String {
        let parts = calendar.dateComponents([.hour, .minute], from: date)
        return String(format: "%02d:%02d", parts.hour ?? 0, parts.minute ?? 0)
    }

    /// 2026-11-26T14:30:00+01:00, for `<time datetime>`.
    public static func machine(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = stockholm
        return formatter.string(from: date)
    }
}
