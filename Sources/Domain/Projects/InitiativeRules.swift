import Foundation

/// Where an initiative from civil society stands: received, being considered, yes (it became a
/// project) or no, with a reason.
public enum InitiativeStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case received, considering, accepted, declined

    public var isDecided: Bool { self == .accepted || self == .declined }
}

/// A representative's idea for the municipality: what, why, where, which goals, what it needs,
/// for which of their verified associations, about which topic (it is routed like an inquiry).
public struct InitiativeDraft: Sendable, Hashable {
    public var association: AssociationID
    public var topic: InquiryTopic
    public var title: String
    public var what: String
    public var why: String
    public var place: String
    public var needs: String
    public var goals: [Sdg]
    /// The proposer agreed that everyone may read it.
    public var isPublic: Bool

    public init(association: AssociationID, topic: InquiryTopic, title: String, what: String, why: String, place: String = "",
                needs: String = "", goals: [Sdg] = [], isPublic: Bool) {
        self.association = association
        self.topic = topic
        self.title = title
        self.what = what
        self.why = why
        self.place = place
        self.needs = needs
        self.goals = goals
        self.isPublic = isPublic
    }

    public static func read(_ fields: FormFields, associations: [AssociationID]) -> Result<InitiativeDraft, FieldErrors> {
        var checks = FieldChecks()
        let association = AssociationID(fields["association"]).flatMap { associations.contains($0) ? $0 : nil }
        if association == nil { checks.add("association", "error.choose") }
        let topic = InquiryTopic(rawValue: fields["topic"])
        if topic == nil { checks.add("topic", "error.choose") }
        checks.name(fields["title"], "title", max: ProjectDraft.titleLimit)
        checks.require(fields["what"], "what", max: 2000)
        checks.require(fields["why"], "why", max: 2000)
        checks.limit(fields["place"], "place", max: 300)
        checks.limit(fields["needs"], "needs", max: 2000)
        let goals = fields.all("goals").compactMap { Int($0).flatMap(Sdg.init) }
        if goals.count != fields.all("goals").count { checks.add("goals", "error.project.goal") }
        guard let association, let topic, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(InitiativeDraft(
            association: association, topic: topic, title: fields["title"].trimmingWhitespace(), what: fields["what"].trimmingWhitespace(),
            why: fields["why"].trimmingWhitespace(), place: fields["place"].trimmingWhitespace(), needs: fields["needs"].trimmingWhitespace(),
            goals: Array(Set(goals)).sorted(), isPublic: !fields["public"].isEmpty))
    }
}

/// The department's word on an initiative.
public enum InitiativeDecision: Sendable, Hashable {
    case consider
    case accept
    case decline(reason: String)

    public var status: InitiativeStatus {
        switch self {
        case .consider: return .considering
        case .accept: return .accepted
        case .decline: return .declined
        }
    }
}

/// The one place that decides who sees an initiative and what its department may do with it.
public enum InitiativeRules {
    /// The department it was routed to (its staff, or an admin) answers it.
    public static func mayHandle(department: DepartmentID, by actor: Actor) -> Bool {
        Policy.mayPublish(actor, for: department)
    }

    /// Everyone when the proposer agreed; otherwise the proposing association's representatives and the department.
    public static func maySee(isPublic: Bool, association: AssociationID, department: DepartmentID, by actor: Actor) -> Bool {
        isPublic || Policy.mayRepresent(actor, association: association) || mayHandle(department: department, by: actor)
    }

    /// When the department promised an answer: its number of working days after the day it arrived.
    public static func due(received: Date, answerDays: Int) -> CalendarDay {
        SwedishCalendar.addingWorkingDays(answerDays, to: CalendarDay(received))
    }

    /// Decided on the initiative as read inside the change: a decided one stays decided, so of two
    /// answers at once the second is refused.
    public static func decide(_ decision: InitiativeDecision, on status: InitiativeStatus, department: DepartmentID,
                              by actor: Actor) -> Result<InitiativeStatus, ProjectRefusal> {
        guard mayHandle(department: department, by: actor) else { return .failure(.forbidden) }
        guard !status.isDecided else { return .failure(.notNow("initiatives.refusal.decided")) }
        if decision == .consider && status == .considering { return .failure(.notNow("initiatives.refusal.decided")) }
        if case .decline(let reason) = decision {
            var checks = FieldChecks()
            checks.require(reason, "reason", max: 2000)
            if let refusal = checks.refusal { return .failure(.invalid(refusal.errors)) }
        }
        return .success(decision.status)
    }
}
