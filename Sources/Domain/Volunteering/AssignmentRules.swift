import Foundation

/// An assignment as its rules see it: whose it is, its last day, and whether it was closed early.
public struct AssignmentState: Sendable, Hashable {
    public var organiser: Party
    public var closes: CalendarDay
    public var closedAt: Date?

    public init(organiser: Party, closes: CalendarDay, closedAt: Date?) {
        (self.organiser, self.closes, self.closedAt) = (organiser, closes, closedAt)
    }

    /// Takes interest: not closed early, and its last day not past.
    public func isOpen(at now: Date) -> Bool { closedAt == nil && now < closes.end }

    /// When it stopped (or stops) taking interest: the moment it was closed, or the end of its last day.
    public var ended: Date { min(closedAt ?? closes.end, closes.end) }
}

/// The one place that decides what may happen to an assignment: its organiser's people (a
/// verified association's representatives, the department's staff, an admin) publish, change
/// and close it; a closed one changes no more; the last day is not already past.
public enum AssignmentRules {
    public static func mayManage(_ assignment: AssignmentState, by actor: ProjectActor) -> Bool {
        actor.speaks(for: assignment.organiser)
    }

    public static func publish(_ draft: AssignmentDraft, by actor: ProjectActor, at now: Date) -> Result<AssignmentDraft, ProjectRefusal> {
        guard actor.speaks(for: draft.organiser) else { return .failure(.forbidden) }
        guard now < draft.closes.end else { return .failure(.invalid([FieldError("closes", "error.volunteering.closesPast")])) }
        return .success(draft)
    }

    /// A change as written; the organiser stays the same side.
    public static func edit(_ draft: AssignmentDraft, on assignment: AssignmentState, by actor: ProjectActor, at now: Date)
        -> Result<AssignmentDraft, ProjectRefusal> {
        guard mayManage(assignment, by: actor) else { return .failure(.forbidden) }
        guard assignment.closedAt == nil else { return .failure(.notNow("volunteering.refusal.closed")) }
        guard draft.organiser == assignment.organiser else { return .failure(.invalid([FieldError("organiser", "error.choose")])) }
        return publish(draft, by: actor, at: now)
    }

    /// Closing early: enough volunteers, or the need is gone.
    public static func close(_ assignment: AssignmentState, by actor: ProjectActor, at now: Date) -> Result<Void, ProjectRefusal> {
        guard mayManage(assignment, by: actor) else { return .failure(.forbidden) }
        guard assignment.isOpen(at: now) else { return .failure(.notNow("volunteering.refusal.closed")) }
        return .success(())
    }
}

/// The one place that decides interest: shown while the assignment is open, once per address;
/// answered once by the organiser's people; taken back by the person at any time.
public enum InterestRules {
    /// How long after an assignment stops taking interest the volunteers' details are kept.
    public static let retention: TimeInterval = 183 * 86_400

    public static func show(on assignment: AssignmentState, alreadyShown: Bool, at now: Date) -> Result<Void, ProjectRefusal> {
        guard assignment.isOpen(at: now) else { return .failure(.notNow("volunteering.refusal.closed")) }
        guard !alreadyShown else { return .failure(.notNow("volunteering.refusal.already")) }
        return .success(())
    }

    public static func answer(_ status: InterestStatus, with answer: InterestAnswer, on assignment: AssignmentState,
                              by actor: ProjectActor) -> Result<InterestStatus, ProjectRefusal> {
        guard AssignmentRules.mayManage(assignment, by: actor) else { return .failure(.forbidden) }
        guard status == .new else { return .failure(.notNow(status == .withdrawn ? "volunteering.refusal.withdrawn" : "volunteering.refusal.answered")) }
        return .success(answer.status)
    }

    /// The person takes their interest back and their details are deleted; an answer given stays counted.
    public static func withdraw(_ status: InterestStatus, forgotten: Bool) -> Result<InterestStatus, ProjectRefusal> {
        guard !forgotten else { return .failure(.notNow("volunteering.refusal.forgotten")) }
        return .success(status == .new ? .withdrawn : status)
    }

    /// When a volunteer's name, address, phone and message are deleted.
    public static func forgetAt(_ assignment: AssignmentState) -> Date {
        assignment.ended.addingTimeInterval(retention)
    }
}
