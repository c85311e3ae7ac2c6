import Foundation

/// Slows down password guessing: after too many failures in a window, sign-in is refused
/// until the oldest counted failure leaves the window.
public struct LoginThrottle: Sendable {
    public var window: TimeInterval = 15 * 60
    public var maxFailuresPerAccount = 5
    public var maxFailuresPerAddress = 20

    public init() {}

    /// - Parameters:
    ///   - accountFailures: times of failed attempts for this e-mail within the window.
    ///   - addressFailures: times of failed attempts from this IP address within the window.
    /// - Returns: when sign-in opens again, or nil when it is open now.
    public func lockedUntil(accountFailures: [Date], addressFailures: [Date], now: Date) -> Date? {
        let start = now.addingTimeInterval(-window)
        func until(_ times: [Date], limit: Int) -> Date? {
            let recent = times.filter { $0 > start }.sorted()
            guard recent.count >= limit else { return nil }
            // The lock lifts when enough failures have aged out to drop below the limit.
            return recent[recent.count - limit].addingTimeInterval(window)
        }
        return [until(accountFailures, limit: maxFailuresPerAccount),
                until(addressFailures, limit: maxFailuresPerAddress)]
            .compactMap { $0 }.max()
    }
}
