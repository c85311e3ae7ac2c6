import Foundation

/// Where a consultation stands. Planned, open and closed follow its dates; compiled follows the
/// department publishing what came in and how it was weighed.
public enum ConsultationStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case planned, open, closed, compiled
}

/// A consultation's dates: announced (early notice), opens, closes — calendar days in Stockholm.
/// It opens at the start of its first day and takes answers until midnight after its last.
public struct ConsultationDates: Sendable, Hashable {
    public var announced: CalendarDay
    public var opens: CalendarDay
    public var closes: CalendarDay

    public init(announced: CalendarDay, opens: CalendarDay, closes: CalendarDay) {
        self.announced = announced
        self.opens = opens
        self.closes = closes
    }

    public func status(at now: Date, compiled: Bool) -> ConsultationStatus {
        if compiled { return .compiled }
        if now < opens.start { return .planned }
        if now < closes.end { return .open }
        return .closed
    }

    /// Whether a response sent at `now` is in time: from the opening day to the last second of the closing day.
    public func acceptsResponses(at now: Date) -> Bool {
        now >= opens.start && now < closes.end
    }

    /// Whole days left to answer, counting today; nil when not open.
    public func daysLeft(at now: Date) -> Int? {
        guard acceptsResponses(at: now) else { return nil }
        return closes.dayNumber - CalendarDay(now).dayNumber + 1
    }

    /// The publishing of a compilation, allowed once the consultation has closed.
    public func mayCompile(at now: Date) -> Bool { now >= closes.end }
}
