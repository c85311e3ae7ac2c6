import Foundation

/// A second side that organises an event with its organiser: an association or a department,
/// invited by the organiser and shown only once it has said yes.
public struct CoOrganiser: Sendable, Hashable {
    public var party: Party
    public var status: PartnerStatus

    public init(_ party: Party, _ status: PartnerStatus) {
        (self.party, self.status) = (party, status)
    }

    /// Shown on the event, in lists, calendars and the API.
    public var isConfirmed: Bool { status == .confirmed }
}

/// Something done about an event's co-organiser.
public enum CoOrganiserEvent: Sendable, Hashable {
    /// `verified`: whether the invited side may act (an association must be verified).
    case invite(Party?, verified: Bool)
    case answer(accept: Bool)
    /// By the organiser, or by the co-organiser stepping back.
    case remove
}

/// What an accepted co-organiser event does: who (if anyone) co-organises now, the audit note,
/// and the side to tell when it was invited.
public struct CoOrganiserDecision: Sendable, Hashable {
    public var coOrganiser: CoOrganiser?
    public var audit: AuditNote
    public var invited: Party?
}

extension EventRules {
    /// The co-organiser this person may answer for: one invited, not yet answered.
    public static func mayAnswer(_ event: EventState, by actor: ProjectActor) -> Bool {
        guard let co = event.coOrganiser else { return false }
        return co.status == .invited && actor.speaks(for: co.party)
    }

    /// The confirmed co-organiser's people, who may step back.
    public static func mayWithdraw(_ event: EventState, by actor: ProjectActor) -> Bool {
        guard let co = event.coOrganiser else { return false }
        return co.status == .confirmed && actor.speaks(for: co.party) && !mayManage(event, by: actor)
    }

    public static func decide(_ change: CoOrganiserEvent, on event: EventState, title: String, by actor: ProjectActor,
                              at now: Date) -> Result<CoOrganiserDecision, ProjectRefusal> {
        let organiser = mayManage(event, by: actor)
        switch change {
        case .invite: guard organiser else { return .failure(.forbidden) }
        case .answer: guard mayAnswer(event, by: actor) else { return .failure(.forbidden) }
        case .remove: guard organiser || mayWithdraw(event, by: actor) else { return .failure(.forbidden) }
        }
        guard !event.isCancelled else { return .failure(.notNow("events.refusal.cancelled")) }
        guard event.ends > now else { return .failure(.notNow("events.refusal.over")) }
        switch change {
        case .invite(let party, let verified):
            guard let party else { return .failure(.invalid([FieldError("coOrgNumber", "projects.error.partner")])) }
            if let co = event.coOrganiser, co.status != .declined {
                return .failure(.invalid([FieldError("coOrgNumber", "events.refusal.hasCoOrganiser")]))
            }
            if party == event.organiser { return .failure(.invalid([FieldError("coOrgNumber", "events.refusal.selfCoOrganiser")])) }
            // One no is an answer: the same side is not asked (and mailed) again.
            if event.coOrganiser == CoOrganiser(party, .declined) {
                return .failure(.invalid([FieldError("coOrgNumber", "events.refusal.coOrganiserDeclined")]))
            }
            if !verified { return .failure(.invalid([FieldError("coOrgNumber", "projects.refusal.partnerNotVerified")])) }
            // Invited until it says yes — unless the one inviting speaks for that side too.
            let co = CoOrganiser(party, actor.speaks(for: party) ? .confirmed : .invited)
            return .success(CoOrganiserDecision(coOrganiser: co, audit: AuditNote("event.coOrganiser.invite", "\(title): \(party)"),
                                                invited: co.isConfirmed ? nil : party))
        case .answer(let accept):
            guard let party = event.coOrganiser?.party else { return .failure(.forbidden) }
            return .success(CoOrganiserDecision(coOrganiser: CoOrganiser(party, accept ? .confirmed : .declined),
                                                audit: AuditNote(accept ? "event.coOrganiser.confirm" : "event.coOrganiser.decline", "\(title): \(party)")))
        case .remove:
            guard let party = event.coOrganiser?.party else { return .failure(.notNow("events.refusal.noCoOrganiser")) }
            return .success(CoOrganiserDecision(coOrganiser: nil, audit: AuditNote("event.coOrganiser.remove", "\(title): \(party)")))
        }
    }
}
