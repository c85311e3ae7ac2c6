import Foundation

/// What kind of gathering an event is.
public enum EventKind: String, Sendable, Hashable, CaseIterable, Codable {
    case meeting, openHouse, training, associationsDay, dialogue, other
}

/// What an event offers so that everyone can take part (shown as icons and words, and in the API as codes).
public enum EventAccessibility: String, Sendable, Hashable, CaseIterable, Codable {
    case stepFree, hearingLoop, easyRead, interpretation, signLanguage
}

/// A time of day on the wall clock in Stockholm, "18:00".
public struct ClockTime: Sendable, Hashable, Comparable, CustomStringConvertible {
    public let hour: Int
    public let minute: Int

    public init?(hour: Int, minute: Int) {
        guard (0...23).contains(hour), (0...59).contains(minute) else { return nil }
        self.hour = hour
        self.minute = minute
    }

    /// Reads "18:00" or "9:30" (what a time field sends); nil for anything else.
    public init?(_ text: String) {
        let parts = text.trimmingWhitespace().split(separator: ":", omittingEmptySubsequences: false)
        guard parts.count == 2, (1...2).contains(parts[0].count), parts[1].count == 2,
              parts.allSatisfy({ $0.allSatisfy { $0.isASCII && $0.isNumber } }),
              let hour = Int(parts[0]), let minute = Int(parts[1]) else { return nil }
        self.init(hour: hour, minute: minute)
    }

    public var description: String { String(format: "%02d:%02d", hour, minute) }
    var seconds: Int { hour * 3600 + minute * 60 }

    public static func < (lhs: ClockTime, rhs: ClockTime) -> Bool { lhs.seconds < rhs.seconds }
}

extension CalendarDay {
    /// The moment this day shows `time` on Stockholm's clocks (summer time or not).
    public func at(_ time: ClockTime) -> Date {
        let local = Double(dayNumber * 86_400 + time.seconds)
        let guess = local - Double(Self.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: local - 3600)))
        return Date(timeIntervalSince1970: local - Double(Self.timeZone.secondsFromGMT(for: Date(timeIntervalSince1970: guess))))
    }
}
