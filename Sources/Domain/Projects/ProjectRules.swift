import Foundation

/// A project as its rules see it: read inside the write transaction that changes it.
public struct ProjectState: Sendable, Hashable {
    public var title: String
    public var status: ProjectStatus
    public var owner: Party
    public var featured: Bool
    public var outcome: String
    /// Every side but the owner, with where its invitation stands.
    public var partners: [Party: PartnerStatus]

    public init(title: String, status: ProjectStatus, owner: Party, featured: Bool = false, outcome: String = "",
                partners: [Party: PartnerStatus] = [:]) {
        self.title = title
        self.status = status
        self.owner = owner
        self.featured = featured
        self.outcome = outcome
        self.partners = partners
    }
}

/// Who is acting, with what the rules need to know about them beyond their role.
public struct ProjectActor: Sendable, Hashable {
    public var actor: Actor
    /// Their associations that are verified: only these act as associations.
    public var verifiedAssociations: Set<AssociationID>
    /// The department that coordinates the agreement, whose staff may hold up good examples.
    public var coordinator: DepartmentID?

    public init(_ actor: Actor, verifiedAssociations: Set<AssociationID>, coordinator: DepartmentID?) {
        self.actor = actor
        self.verifiedAssociations = verifiedAssociations.intersection(actor.associationIDs)
        self.coordinator = coordinator
    }

    /// Whether this person speaks for `party`: a verified association's representative, or the
    /// department's staff (an admin for any department).
    public func speaks(for party: Party) -> Bool {
        switch party {
        case .association(let id): return actor.isSignedIn && verifiedAssociations.contains(id)
        case .department(let id): return Policy.mayPublish(actor, for: id)
        }
    }

    /// The sides this person may start a project for.
    public func owners(departments: [DepartmentID]) -> [Party] {
        departments.filter { Policy.mayPublish(actor, for: $0) }.map(Party.department)
            + verifiedAssociations.sorted().map(Party.association)
    }
}

/// Something done to a project.
public enum ProjectEvent: Sendable, Hashable {
    case edit
    case move(to: ProjectStatus?, note: String)
    case update(String)
    /// `verified`: whether the invited side may act (an association must be verified).
    case invite(Party?, role: PartnerRole?, commitment: String, verified: Bool)
    case answer(Party, accept: Bool)
    case remove(Party)
    case feature(Bool)

    public enum Kind: String, Sendable, Hashable, CaseIterable {
        case edit, move, update, invite, answer, remove, feature
    }

    public var kind: Kind {
        switch self {
        case .edit: return .edit
        case .move: return .move
        case .update: return .update
        case .invite: return .invite
        case .answer: return .answer
        case .remove: return .remove
        case .feature: return .feature
        }
    }
}

/// Why a project event was refused.
public enum ProjectRefusal: Refusal, Hashable {
    case forbidden
    case notNow(String)
    case invalid([FieldError])

    public var kind: RefusalKind {
        switch self {
        case .forbidden: return .forbidden
        case .notNow: return .conflict
        case .invalid: return .invalid
        }
    }

    public var problems: [FieldError] {
        switch self {
        case .forbidden: return []
        case .notNow(let key): return [FieldError("", key)]
        case .invalid(let errors): return errors
        }
    }
}

/// What an accepted event does: the new state, a dated line on the timeline, the audit note,
/// and the side to tell when it was invited.
public struct ProjectDecision: Sendable, Hashable {
    public var state: ProjectState
    public var entry: String?
    public var audit: AuditNote
    public var invited: Party?
}
