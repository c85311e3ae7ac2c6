import Foundation

/// A party's standing with the agreement, from its history of joining and withdrawing.
/// The history is kept; the current state is the latest event.
public struct EndorsementEvent: Sendable, Hashable {
    public enum Kind: String, Sendable, Hashable, Codable {
        case joined, withdrawn
    }

    public var kind: Kind
    public var on: Date

    public init(kind: Kind, on: Date) {
        self.kind = kind
        self.on = on
    }
}

public enum EndorsementState {
    /// Since when the party has been in the agreement without a break, or nil when it is not.
    public static func joinedSince(_ history: [EndorsementEvent]) -> Date? {
        guard let latest = history.max(by: { $0.on < $1.on }), latest.kind == .joined else { return nil }
        return latest.on
    }

    /// Joining twice or withdrawing without having joined is not a change.
    public static func canRecord(_ kind: EndorsementEvent.Kind, after history: [EndorsementEvent]) -> Bool {
        let joined = joinedSince(history) != nil
        return kind == .joined ? !joined : joined
    }
}
