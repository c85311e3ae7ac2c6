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

/// Recording a party's joining of the agreement, or its withdrawal: a representative for a
/// verified association (with the board's decision date and the signer's role, confirmed), an
/// admin for a department (with the committee's decision). Decided on the history as read in
/// the write transaction, so a second tab cannot join twice.
public enum EndorsementRules {
    public enum Party: Sendable, Hashable {
        case association(status: AssociationStatus)
        case department
    }

    public struct Outcome: Sendable, Hashable {
        public var event: EndorsementEvent
        public var signatoryRole: String
        public var decisionReference: String
        /// The party's standing after this event.
        public var joinedSince: Date?
        public var audit: AuditNote
    }

    public enum Refusal: Domain.Refusal, Hashable {
        case notVerified
        case alreadyJoined
        case notJoined
        case invalid([FieldError])

        public var kind: RefusalKind { self == .notVerified ? .forbidden : (isInvalid ? .invalid : .conflict) }

        private var isInvalid: Bool {
            if case .invalid = self { return true }
            return false
        }

        public var problems: [FieldError] {
            switch self {
            case .notVerified: return []
            case .alreadyJoined: return [FieldError("", "endorse.refusal.alreadyJoined")]
            case .notJoined: return [FieldError("", "endorse.refusal.notJoined")]
            case .invalid(let errors): return errors
            }
        }
    }

    public static func decide(_ kind: EndorsementEvent.Kind, _ form: FormFields, for party: Party, named name: String,
                              history: [EndorsementEvent], now: Date) -> Result<Outcome, Refusal> {
        if case .association(let status) = party, status != .verified { return .failure(.notVerified) }
        guard EndorsementState.canRecord(kind, after: history) else { return .failure(kind == .joined ? .alreadyJoined : .notJoined) }
        var checks = FieldChecks()
        let date = decisionDate(form["decidedOn"], now: now)
        if date == nil { checks.add("decidedOn", form["decidedOn"].isEmpty ? "error.required" : "error.date") }
        switch party {
        case .association:
            if kind == .joined { checks.require(form["signatoryRole"], "signatoryRole", max: 100) }
            if form["confirm"] != "on" { checks.add("confirm", "error.confirm") }
        case .department:
            checks.require(form["decisionReference"], "decisionReference", max: 200)
        }
        guard let date, checks.isValid else { return .failure(.invalid(checks.errors)) }
        let event = EndorsementEvent(kind: kind, on: date)
        let role = party == .department ? "" : form["signatoryRole"].trimmingWhitespace()
        let reference = party == .department ? form["decisionReference"].trimmingWhitespace() : ""
        let detail = party == .department ? reference : "decided \(CalendarDay(date))"
        return .success(Outcome(event: event, signatoryRole: role, decisionReference: reference,
                                joinedSince: EndorsementState.joinedSince(history + [event]),
                                audit: AuditNote("agreement.\(kind.rawValue)", "\(name), \(detail)")))
    }

    /// Reads "2024-03-01" as the start of that day in Stockholm; refuses days in the future or before 2000.
    public static func decisionDate(_ text: String, now: Date) -> Date? {
        guard text.count == 10, let day = CalendarDay(iso: text), day.year >= 2000, day.start <= now else { return nil }
        return day.start
    }
}
