import Foundation

/// What an association has done with the municipality, as steps on the cooperation ladder:
/// an inquiry is information, an answer to a consultation is consultation, a project is the
/// step its form says (N23: how far the cooperation has come, and since when).
public enum CooperationHistory {
    public struct Reached: Sendable, Hashable {
        public var step: LadderStep
        public var since: Date

        public init(step: LadderStep, since: Date) {
            self.step = step
            self.since = since
        }
    }

    /// The highest step reached, and when it was first reached; nil when nothing has happened yet.
    public static func highest(_ events: [(step: LadderStep, at: Date)]) -> Reached? {
        guard let top = events.map(\.step).max() else { return nil }
        return Reached(step: top, since: events.filter { $0.step == top }.map(\.at).min()!)
    }

    /// Who may read it: staff of every department (and admins) — the shared view the
    /// administration asked for (G3, N24). Anyone else is told it does not exist.
    public static func mayRead(_ actor: Actor) -> Bool {
        Policy.allows(actor, .useStaffArea)
    }
}
