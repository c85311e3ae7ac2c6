import Foundation

/// Where an action of the action plan stands.
public enum ActionStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case notStarted, started, done, dropped
}

/// Who answers for an action: the council itself, or a department or company.
public enum ActionOwner: Sendable, Hashable {
    case council
    case department(DepartmentID)

    /// As a form's choice: `council` or the department's id.
    public init?(choice: String) {
        if choice == "council" { self = .council } else if let id = DepartmentID(choice) { self = .department(id) } else { return nil }
    }

    public var choice: String {
        switch self {
        case .council: return "council"
        case .department(let id): return id.description
        }
    }
}

/// An action of the action plan for a period (e.g. 2027–2028): what, who answers for it, the
/// principle of the agreement it serves, and the target that says it is done.
public struct ActionDraft: Sendable, Hashable {
    public var firstYear: Int
    public var lastYear: Int
    public var title: String
    public var description: String
    public var owner: ActionOwner
    /// The principle's id, as the municipality's agreement lists them; nil: none in particular.
    public var principle: String?
    public var target: String

    public init(firstYear: Int, lastYear: Int, title: String, description: String = "", owner: ActionOwner, principle: String? = nil,
                target: String) {
        (self.firstYear, self.lastYear, self.title, self.description) = (firstYear, lastYear, title, description)
        (self.owner, self.principle, self.target) = (owner, principle, target)
    }

    /// A plan runs for at most this many years, starting no earlier than two years back and no
    /// later than three ahead.
    public static let longestPeriod = 4

    public static func read(_ fields: FormFields, departments: Set<DepartmentID>, principles: Set<String>, today: CalendarDay)
        -> Result<ActionDraft, FieldErrors> {
        var checks = FieldChecks()
        let first = Int(fields["firstYear"].trimmingWhitespace()), last = Int(fields["lastYear"].trimmingWhitespace())
        if first == nil || !((today.year - 2)...(today.year + 3)).contains(first!) { checks.add("firstYear", "error.actionPlan.year") }
        let period = first.flatMap { first in last.map { $0 - first } }
        if period == nil || period! < 0 || period! >= longestPeriod { checks.add("lastYear", "error.actionPlan.period") }
        checks.name(fields["title"], "title", max: 200)
        checks.limit(fields["description"], "description", max: 4000)
        checks.require(fields["target"], "target", max: 500)
        let owner = ActionOwner(choice: fields["owner"])
        if case .department(let id)? = owner, !departments.contains(id) { checks.add("owner", "error.choose") }
        if owner == nil { checks.add("owner", "error.choose") }
        let principle = fields["principle"].trimmingWhitespace()
        if !principle.isEmpty && !principles.contains(principle) { checks.add("principle", "error.choose") }
        guard let first, let last, let owner, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(ActionDraft(firstYear: first, lastYear: last, title: fields["title"].trimmingWhitespace(),
                                    description: fields["description"].trimmingWhitespace(), owner: owner,
                                    principle: principle.isEmpty ? nil : principle, target: fields["target"].trimmingWhitespace()))
    }
}

/// A dated line of progress on an action: where it stands and what happened.
public struct ProgressDraft: Sendable, Hashable {
    public var day: CalendarDay
    public var status: ActionStatus
    public var note: String

    public init(day: CalendarDay, status: ActionStatus, note: String) {
        (self.day, self.status, self.note) = (day, status, note)
    }

    /// The day is not in the future and not before the plan's first year; dropping an action says why.
    public static func read(_ fields: FormFields, firstYear: Int, today: CalendarDay) -> Result<ProgressDraft, FieldErrors> {
        var checks = FieldChecks()
        let day = CalendarDay(iso: fields["day"].trimmingWhitespace())
        if day == nil { checks.add("day", "error.date") }
        if let day, day > today || day < CalendarDay(firstYear, 1, 1) { checks.add("day", "error.actionPlan.progressDay") }
        let status = ActionStatus(rawValue: fields["status"])
        if status == nil { checks.add("status", "error.choose") }
        checks.limit(fields["note"], "note", max: 2000)
        let note = fields["note"].trimmingWhitespace()
        if status == .dropped && note.isEmpty && checks.error(for: "note") == nil { checks.add("note", "error.actionPlan.whyDropped") }
        guard let day, let status, checks.isValid else { return .failure(FieldErrors(errors: checks.errors)) }
        return .success(ProgressDraft(day: day, status: status, note: note))
    }
}

/// Who does what with the action plan, and where an action stood on a day.
public enum ActionPlanRules {
    /// Writing and changing the plan's actions: the coordinator.
    public static func mayManage(_ actor: Actor) -> Bool { MeetingRules.mayManage(actor) }

    /// Reporting progress: the coordinator; for the council's actions its members; for a
    /// department's, its contact person or the one who looks after its records.
    public static func mayReport(_ actor: Actor, on owner: ActionOwner) -> Bool {
        guard actor.isSignedIn else { return false }
        if actor.role == .admin { return true }
        switch owner {
        case .council: return actor.isCouncilMember
        case .department(let id): return actor.isStaff && actor.departmentID == id && (actor.isContactNetworkMember || actor.isDepartmentAdmin)
        }
    }

    /// Decided inside the change, on the action's owner as read there.
    public static func report(by actor: Actor, on owner: ActionOwner) -> Result<Void, ProjectRefusal> {
        mayReport(actor, on: owner) ? .success(()) : .failure(.forbidden)
    }

    public static func manage(by actor: Actor) -> Result<Void, ProjectRefusal> {
        mayManage(actor) ? .success(()) : .failure(.forbidden)
    }

    /// Where an action stood at the end of `day`: its latest progress on or before it (on one
    /// day, the line written last); not started before any.
    public static func status(on day: CalendarDay, progress: [(day: CalendarDay, status: ActionStatus)]) -> ActionStatus {
        progress.enumerated().filter { $0.element.day <= day }
            .max { ($0.element.day, $0.offset) < ($1.element.day, $1.offset) }?.element.status ?? .notStarted
    }
}
