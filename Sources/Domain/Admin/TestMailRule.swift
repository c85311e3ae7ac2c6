import Foundation

/// "Send a test mail to me": only when mail delivery is set up, and a few times an hour, so the
/// button cannot be used to flood a mailbox or the mail server.
public enum TestMailRule {
    public static let limit = 3
    public static let window: TimeInterval = 3600

    public enum Refusal: Sendable, Hashable, Error {
        case notConfigured
        /// Sending opens again at this time.
        case tooMany(until: Date)
    }

    /// - Parameter earlier: when this person sent test mails before (any age; old ones are ignored).
    public static func refusal(mailConfigured: Bool, earlier: [Date], now: Date) -> Refusal? {
        guard mailConfigured else { return .notConfigured }
        let recent = earlier.filter { now.timeIntervalSince($0) < window }.sorted()
        guard recent.count >= limit else { return nil }
        return .tooMany(until: recent[recent.count - limit].addingTimeInterval(window))
    }
}
