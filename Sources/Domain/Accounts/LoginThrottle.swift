import Foundation

/// Slows down password guessing: after too many failures in a window, sign-in is refused
/// until the oldest counted failure leaves the window. Failures are counted per account *and
/// client*, so a guesser elsewhere cannot lock the owner out (a soft lockout, ASVS 2.2.1), and
/// per client over all accounts, so trying many accounts from one place is slowed down too.
public struct LoginThrottle: Sendable {
    public var window: TimeInterval = 15 * 60
    public var maxFailuresPerAccountAndClient = 5
    public var maxFailuresPerClient = 20

    public init() {}

    /// - Parameters:
    ///   - accountFailures: times of earlier failed (or still undecided) attempts by this client
    ///     on this e-mail within the window, not counting the attempt being decided.
    ///   - clientFailures: the same for this client on any e-mail.
    /// - Returns: when sign-in opens again, or nil when this attempt may go ahead.
    public func lockedUntil(accountFailures: [Date], clientFailures: [Date], now: Date) -> Date? {
        let start = now.addingTimeInterval(-window)
        func until(_ times: [Date], limit: Int) -> Date? {
            let recent = times.filter { $0 > start }.sorted()
            guard recent.count >= limit else { return nil }
            // The lock lifts when enough failures have aged out to drop below the limit.
            return recent[recent.count - limit].addingTimeInterval(window)
        }
        return [until(accountFailures, limit: maxFailuresPerAccountAndClient),
                until(clientFailures, limit: maxFailuresPerClient)]
            .compactMap { $0 }.max()
    }
}
