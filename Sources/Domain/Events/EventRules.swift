import Foundation

/// An event as its rules see it: whose it is (and who was asked to organise it too), and whether
/// it still takes place.
public struct EventState: Sendable, Hashable {
    public var organiser: Party
    public var isCancelled: Bool
    public var ends: Date
    public var coOrganiser: CoOrganiser?
    public var kind: EventKind?
    /// A Föreningarnas dag: the associations signed up or taking part.
    public var takingPart: Int

    public init(organiser: Party, isCancelled: Bool, ends: Date, coOrganiser: CoOrganiser? = nil, kind: EventKind? = nil, takingPart: Int = 0) {
        self.organiser = organiser
        self.isCancelled = isCancelled
        self.ends = ends
        self.coOrganiser = coOrganiser
        self.kind = kind
        self.takingPart = takingPart
    }
}

/// The one place that decides what may happen to an event: its organiser's people change and
/// cancel it (a verified association's representatives, the department's staff, an admin);
/// a cancelled or past event changes no more.
public enum EventRules {
    public static func mayManage(_ event: EventState, by actor: ProjectActor) -> Bool {
        actor.speaks(for: event.organiser)
    }

    /// A change to the event as written; the organiser stays the same side.
    public static func edit(_ draft: EventDraft, on event: EventState, by actor: ProjectActor, at now: Date) -> Result<EventDraft, ProjectRefusal> {
        guard mayManage(event, by: actor) else { return .failure(.forbidden) }
        guard !event.isCancelled else { return .failure(.notNow("events.refusal.cancelled")) }
        guard event.ends > now else { return .failure(.notNow("events.refusal.over")) }
        guard draft.organiser == event.organiser else { return .failure(.invalid([FieldError("organiser", "error.choose")])) }
        // Associations signed up for a Föreningarnas dag would be left with a day that is no more.
        if event.kind == .associationsDay, draft.kind != .associationsDay, event.takingPart > 0 {
            return .failure(.invalid([FieldError("kind", "events.refusal.hasParticipants")]))
        }
        return .success(draft)
    }

    public static func cancel(_ event: EventState, by actor: ProjectActor, at now: Date) -> Result<Void, ProjectRefusal> {
        guard mayManage(event, by: actor) else { return .failure(.forbidden) }
        guard !event.isCancelled else { return .failure(.notNow("events.refusal.cancelled")) }
        guard event.ends > now else { return .failure(.notNow("events.refusal.over")) }
        return .success(())
    }
}
