import Foundation

/// Staff's decision on an association that waits for review: verify it, ask for more, or reject
/// it with a reason. Decided on the association's status as read in the write transaction, so of
/// two decisions sent at once the second finds it decided and is refused.
public enum AssociationReview {
    public enum Decision: String, Sendable, Hashable, CaseIterable {
        case verify, askForMore, reject

        var status: AssociationStatus {
            switch self {
            case .verify: return .verified
            case .askForMore: return .needsInformation
            case .reject: return .rejected
            }
        }
    }

    public struct Outcome: Sendable, Hashable {
        public var decision: Decision
        public var status: AssociationStatus
        /// What the representatives read, also on the association's page; empty once verified.
        public var message: String
        public var audit: AuditNote
    }

    public enum Refusal: Domain.Refusal, Hashable {
        case forbidden
        case alreadyDecided(AssociationStatus)
        case invalid([FieldError])

        public var kind: RefusalKind {
            switch self {
            case .forbidden: return .forbidden
            case .alreadyDecided: return .conflict
            case .invalid: return .invalid
            }
        }

        public var problems: [FieldError] {
            switch self {
            case .forbidden: return []
            case .alreadyDecided(let status): return [FieldError("", "staff.review.refusal.\(status.rawValue)")]
            case .invalid(let errors): return errors
            }
        }
    }

    public static let messageLimit = 2000

    /// Only what is waiting can be decided: registered or imported, or asked for more.
    public static func isWaiting(_ status: AssociationStatus) -> Bool {
        status == .pending || status == .needsInformation
    }

    /// `decision` is nil when the form's choice was not one of the three.
    public static func decide(_ decision: Decision?, message: String, on status: AssociationStatus,
                              by actor: Actor) -> Result<Outcome, Refusal> {
        guard Policy.allows(actor, .verifyAssociations) else { return .failure(.forbidden) }
        guard isWaiting(status) else { return .failure(.alreadyDecided(status)) }
        var checks = FieldChecks()
        let text = message.trimmingWhitespace()
        if decision == nil { checks.add("decision", "error.choose") }
        checks.limit(message, "message", max: messageLimit)
        if decision != nil && decision != .verify && text.isEmpty && checks.error(for: "message") == nil {
            checks.add("message", "error.reasonRequired")
        }
        guard let decision, checks.isValid else { return .failure(.invalid(checks.errors)) }
        let summary = "\(status.rawValue) → \(decision.status.rawValue)" + (text.isEmpty ? "" : ": \(text.prefix(200))")
        return .success(Outcome(decision: decision, status: decision.status, message: decision == .verify ? "" : text,
                                audit: AuditNote("association.\(decision.rawValue)", summary)))
    }
}
