import Foundation

/// Dates as Swedes write them — "26 november 2026, 14:30" — in Stockholm time, in both languages.
/// Month names come from the catalogs so no locale data is needed at run time.
public enum DateText {
    public static let stockholm = TimeZone(identifier: "Europe/Stockholm") ?? TimeZone(secondsFromGMT: 3600)!

    static let calendar: Calendar = {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = stockholm
        return calendar
    }()

    public static func date(_ date: Date, _ context: PageContext) -> String {
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        return "\(parts.day ?? 1) \(context.t("month.\(parts.month ?? 1)")) \(parts.year ?? 1970)"
    }

    public static func dateTime(_ date: Date, _ context: PageContext) -> String {
        "\(self.date(date, context)), \(time(date))"
    }

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
