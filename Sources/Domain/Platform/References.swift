/// A department or company named in a decision: its id, and the name its texts use.
public struct DepartmentRef: Sendable, Hashable {
    public var id: DepartmentID
    public var name: String

    public init(id: DepartmentID, name: String) {
        self.id = id
        self.name = name
    }
}

/// A person named in a decision (a handler, an author). No id when the person has no account.
public struct PersonRef: Sendable, Hashable {
    public var id: UserID?
    public var name: String

    public init(id: UserID?, name: String) {
        self.id = id
        self.name = name
    }
}

/// The audit-log line a decision leaves: what was done (`inquiry.claim`) and a short before → after.
public struct AuditNote: Sendable, Hashable {
    public var action: String
    public var summary: String

    public init(_ action: String, _ summary: String) {
        self.action = action
        self.summary = summary
    }
}
