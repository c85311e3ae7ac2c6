import Foundation

/// A new name or organisation number proposed for a verified association. The proposal holds
/// both, as the representative wants them; until staff approve it the approved ones stay public.
public struct NameProposal: Sendable, Hashable {
    public var name: String
    public var orgNumber: OrgNumber?
    public var proposedAt: Date
    public var proposedBy: UserID?

    public init(name: String, orgNumber: OrgNumber?, proposedAt: Date, proposedBy: UserID?) {
        self.name = name
        self.orgNumber = orgNumber
        self.proposedAt = proposedAt
        self.proposedBy = proposedBy
    }
}

/// Who an association says it is, as read in the write transaction: the approved name and number,
/// and a proposal waiting for staff, if any.
public struct AssociationIdentity: Sendable, Hashable {
    public var id: AssociationID
    public var status: AssociationStatus
    public var name: String
    public var orgNumber: OrgNumber?
    public var pending: NameProposal?

    public init(id: AssociationID, status: AssociationStatus, name: String, orgNumber: OrgNumber?, pending: NameProposal?) {
        self.id = id
        self.status = status
        self.name = name
        self.orgNumber = orgNumber
        self.pending = pending
    }
}

/// A verified association is known by its name: a representative may change everything else at
/// once, but a new name or organisation number waits for staff, so nobody can take over a known
/// name by renaming an association that was checked under another.
public enum NameChange {
    /// What an edit does to the name and number. `pending` replaces the waiting proposal (nil: none).
    public struct EditOutcome: Sendable, Hashable {
        public var name: String
        public var orgNumber: OrgNumber?
        public var pending: NameProposal?
        public var audit: AuditNote
    }

    /// An edit of the association's facts with `name` and `orgNumber` as sent.
    ///
    /// Unverified associations are reviewed whole, so their edit applies. Someone who reviews
    /// associations and does not speak for this one corrects the register at once. Otherwise a
    /// changed name or number becomes the proposal; sending the approved ones withdraws it, and
    /// sending the same proposal again keeps its date.
    public static func edit(name: String, orgNumber: OrgNumber?, of current: AssociationIdentity, by actor: Actor,
                            at now: Date) -> EditOutcome {
        let before = "\(current.name); \(current.orgNumber?.formatted ?? "-")"
        let sent = "\(name); \(orgNumber?.formatted ?? "-")"
        let reviewsOwn = Policy.allows(actor, .verifyAssociations) && !Policy.mayRepresent(actor, association: current.id)
        if current.status != .verified || reviewsOwn {
            return EditOutcome(name: name, orgNumber: orgNumber, pending: nil, audit: AuditNote("association.update", "\(before) → \(sent)"))
        }
        if name == current.name && orgNumber == current.orgNumber {
            let withdrawn = current.pending == nil ? "" : " (name change withdrawn)"
            return EditOutcome(name: current.name, orgNumber: current.orgNumber, pending: nil,
                               audit: AuditNote("association.update", "\(before)\(withdrawn)"))
        }
        let proposal: NameProposal
        if let waiting = current.pending, waiting.name == name && waiting.orgNumber == orgNumber {
            proposal = waiting
        } else {
            proposal = NameProposal(name: name, orgNumber: orgNumber, proposedAt: now, proposedBy: actor.userID)
        }
        return EditOutcome(name: current.name, orgNumber: current.orgNumber, pending: proposal,
                           audit: AuditNote("association.update", "\(before); proposed \(sent)"))
    }

    public enum Decision: String, Sendable, Hashable, CaseIterable {
        case approve, reject
    }

    public struct ReviewOutcome: Sendable, Hashable {
        public var decision: Decision
        /// The approved name and number after the decision.
        public var name: String
        public var orgNumber: OrgNumber?
        /// Staff's reason, shown to the representatives; empty when approved.
        public var reason: String
        public var audit: AuditNote
    }

    public enum Refusal: Domain.Refusal, Hashable {
        case forbidden
        case nothingWaiting
        case invalid([FieldError])

        public var kind: RefusalKind {
            switch self {
            case .forbidden: return .forbidden
            case .nothingWaiting: return .conflict
            case .invalid: return .invalid
            }
        }

        public var problems: [FieldError] {
            switch self {
            case .forbidden: return []
            case .nothingWaiting: return [FieldError("", "staff.rename.refusal.nothingWaiting")]
            case .invalid(let errors): return errors
            }
        }
    }

    public static let reasonLimit = 2000

    /// Staff approve or reject the waiting proposal. Nobody decides on a name change for an
    /// association they speak for. `numberTaken`: another association has the proposed number now.
    public static func review(_ decision: Decision?, reason: String, on current: AssociationIdentity, numberTaken: Bool,
                              by actor: Actor) -> Result<ReviewOutcome, Refusal> {
        guard Policy.allows(actor, .verifyAssociations), !Policy.mayRepresent(actor, association: current.id) else {
            return .failure(.forbidden)
        }
        guard let proposal = current.pending, current.status == .verified else { return .failure(.nothingWaiting) }
        var checks = FieldChecks()
        let text = reason.trimmingWhitespace()
        if decision == nil { checks.add("renameDecision", "error.choose") }
        checks.limit(reason, "renameReason", max: reasonLimit)
        if decision == .reject && text.isEmpty && checks.error(for: "renameReason") == nil {
            checks.add("renameReason", "error.reasonRequired")
        }
        if decision == .approve && numberTaken { checks.add("renameDecision", "staff.rename.numberTaken") }
        guard let decision, checks.isValid else { return .failure(.invalid(checks.errors)) }
        let before = "\(current.name); \(current.orgNumber?.formatted ?? "-")"
        let proposed = "\(proposal.name); \(proposal.orgNumber?.formatted ?? "-")"
        switch decision {
        case .approve:
            return .success(ReviewOutcome(decision: .approve, name: proposal.name, orgNumber: proposal.orgNumber, reason: "",
                                          audit: AuditNote("association.rename.approve", "\(before) → \(proposed)")))
        case .reject:
            return .success(ReviewOutcome(decision: .reject, name: current.name, orgNumber: current.orgNumber, reason: text,
                                          audit: AuditNote("association.rename.reject", "\(proposed): \(text.prefix(200))")))
        }
    }
}
