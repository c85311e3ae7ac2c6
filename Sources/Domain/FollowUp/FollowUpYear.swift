import Foundation

/// The year in `/uppfoljning/{year}`: from the year the platform started through this year.
/// This year is allowed and shows the figures so far; a later one has nothing to show yet.
public enum FollowUpYear {
    /// The first year with figures.
    public static let first = 2020

    /// The year in a path segment or a form field, or nil when it is not a year with figures.
    /// Surrounding whitespace is trimmed (a pasted " 2024 " means 2024); anything else — a sign,
    /// letters, digits from other scripts — is refused, since `Int("+2024")` would accept a sign.
    public static func read(_ text: String, today: CalendarDay) -> Int? {
        let trimmed = text.trimmingWhitespace()
        guard (1...4).contains(trimmed.count), trimmed.allSatisfy({ $0.isASCII && $0.isNumber }),
              let year = Int(trimmed), year >= first, year <= today.year
        else { return nil }
        return year
    }

    /// Every year with figures, newest first, for the year picker.
    public static func years(today: CalendarDay) -> [Int] {
        guard today.year >= first else { return [] }
        return Array((first...today.year).reversed())
    }
}
