/// Where a project stands. Ideas become plans, plans start, and what was started ends as
/// finished (with what came of it) or cancelled; a cancelled project can be taken up again as an idea.
public enum ProjectStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case idea, planned, ongoing, finished, cancelled

    /// The statuses a project can move to from this one.
    public var next: [ProjectStatus] {
        switch self {
        case .idea: return [.planned, .ongoing, .cancelled]
        case .planned: return [.idea, .ongoing, .cancelled]
        case .ongoing: return [.finished, .cancelled]
        case .finished: return []
        case .cancelled: return [.idea]
        }
    }

    /// The statuses a new project may start in: finishing needs the project first.
    public static let starting: [ProjectStatus] = [.idea, .planned, .ongoing]

    public var isOver: Bool { self == .finished || self == .cancelled }
}

/// What a partner does in a project.
public enum PartnerRole: String, Sendable, Hashable, CaseIterable, Codable {
    /// Leads the project (the side that started it).
    case lead
    case partner
    /// Gives money or premises.
    case funder
    /// Takes part with people or knowledge.
    case participant
}

/// A partner from the other side is invited until it confirms: never shown as a partner before.
public enum PartnerStatus: String, Sendable, Hashable, CaseIterable, Codable {
    case invited, confirmed, declined
}

/// One side of a cooperation: an association, or a department or municipal company.
public enum Party: Sendable, Hashable, Comparable, CustomStringConvertible {
    case association(AssociationID)
    case department(DepartmentID)

    /// `a:<id>` or `d:<id>`: how a party is written in forms and stored as a key.
    public var description: String {
        switch self {
        case .association(let id): return "a:\(id)"
        case .department(let id): return "d:\(id)"
        }
    }

    public init?(_ text: String) {
        let parts = text.split(separator: ":", maxSplits: 1).map(String.init)
        guard parts.count == 2 else { return nil }
        switch parts[0] {
        case "a": guard let id = AssociationID(parts[1]) else { return nil }; self = .association(id)
        case "d": guard let id = DepartmentID(parts[1]) else { return nil }; self = .department(id)
        default: return nil
        }
    }

    public var isAssociation: Bool {
        if case .association = self { return true }
        return false
    }

    public static func < (lhs: Party, rhs: Party) -> Bool { lhs.description < rhs.description }
}

/// A partnership agreement (idéburet offentligt partnerskap, IOP): its period and the decision behind it.
public struct Partnership: Sendable, Hashable {
    public var from: CalendarDay
    public var until: CalendarDay
    /// The body that decided (a committee, the board of a company).
    public var decisionBody: String
    public var decidedOn: CalendarDay
    public var caseNumber: String

    public init(from: CalendarDay, until: CalendarDay, decisionBody: String, decidedOn: CalendarDay, caseNumber: String) {
        self.from = from
        self.until = until
        self.decisionBody = decisionBody
        self.decidedOn = decidedOn
        self.caseNumber = caseNumber
    }
}
