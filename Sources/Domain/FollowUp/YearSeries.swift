import Foundation

/// One year's figure in a series: what a chart bar and an open-data row show.
public struct YearCount: Sendable, Equatable, Codable {
    public var year: Int
    public var count: Int

    public init(year: Int, count: Int) {
        self.year = year
        self.count = count
    }
}

/// Yearly series for the follow-up charts, from counts kept per year. Every year in the range
/// appears, also one with nothing, so a gap shows as a gap rather than as a missing bar.
public enum YearSeries {
    /// The running total at the end of each year from `first` through `last`. What was counted
    /// before `first` is already part of the total in `first` (the register did not start empty
    /// the year the platform did); counts after `last` are left out. Empty when first > last.
    public static func cumulative(_ perYear: [Int: Int], from first: Int, through last: Int) -> [YearCount] {
        guard first <= last else { return [] }
        var running = perYear.reduce(0) { $0 + ($1.key < first ? $1.value : 0) }
        return (first...last).map { year in
            running += perYear[year] ?? 0
            return YearCount(year: year, count: running)
        }
    }

    /// Each year's own count from `first` through `last`, 0 where nothing was counted; years
    /// outside the range are left out. Empty when first > last.
    public static func perYear(_ perYear: [Int: Int], from first: Int, through last: Int) -> [YearCount] {
        guard first <= last else { return [] }
        return (first...last).map { YearCount(year: $0, count: perYear[$0] ?? 0) }
    }
}
