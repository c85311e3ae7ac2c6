import Foundation

/// Who may see and handle one inquiry.
public struct InquiryAccessFacts: Sendable, Hashable {
    public var departmentID: DepartmentID
    /// Departments that held it before a transfer: they may still read it.
    public var earlierDepartmentIDs: Set<DepartmentID>
    public var associationID: AssociationID?
    public var submitterUserID: UserID?
    /// The staff member who typed in a question that came by phone, letter or visit.
    public var registeredByUserID: UserID?
    /// A matter raised with the cooperation council, still held by the coordinator (its
    /// secretariat): the council's members handle it. Transferred on, it is the department's.
    public var isForCouncil: Bool

    public init(departmentID: DepartmentID, earlierDepartmentIDs: Set<DepartmentID> = [], associationID: AssociationID? = nil,
                submitterUserID: UserID? = nil, registeredByUserID: UserID? = nil, isForCouncil: Bool = false) {
        self.departmentID = departmentID
        self.earlierDepartmentIDs = earlierDepartmentIDs
        self.associationID = associationID
        self.submitterUserID = submitterUserID
        self.registeredByUserID = registeredByUserID
        self.isForCouncil = isForCouncil
    }
}

/// What a person may do with an inquiry, from most to least.
public enum InquiryAccess: Int, Sendable, Hashable, Comparable {
    /// Read the public part and add to it: the person who asked, or their association.
    case submitter
    /// Read everything, change nothing: a department that transferred it on, or the handler who
    /// registered a question that went to another department (so they can tell the caller where it went).
    case readOnly
    /// Claim, reply, note, transfer, close: the holding department's handlers, and admins.
    case handle

    public static func < (lhs: InquiryAccess, rhs: InquiryAccess) -> Bool { lhs.rawValue < rhs.rawValue }
}

extension Policy {
    /// Handling inquiries at all: an entry-point handler in a department, a council member (the
    /// matters raised with the council), or an admin.
    public static func mayHandleInquiries(_ actor: Actor) -> Bool {
        actor.isSignedIn && (actor.role == .admin || (actor.isStaff && actor.isEntryPointHandler) || actor.isCouncilMember)
    }

    /// Staff access to one inquiry; nil means it is not theirs to see (answered as "not found").
    public static func staffAccess(_ actor: Actor, to inquiry: InquiryAccessFacts) -> InquiryAccess? {
        guard actor.isSignedIn else { return nil }
        if actor.role == .admin { return .handle }
        if inquiry.isForCouncil && actor.isCouncilMember { return .handle }
        guard mayHandleInquiries(actor), actor.isStaff, actor.isEntryPointHandler, let department = actor.departmentID else { return nil }
        if department == inquiry.departmentID { return .handle }
        if inquiry.earlierDepartmentIDs.contains(department) { return .readOnly }
        if let user = actor.userID, user == inquiry.registeredByUserID { return .readOnly }
        return nil
    }

    /// The person who asked (signed in), or a representative of the association it was sent for.
    public static func isSubmitter(_ actor: Actor, of inquiry: InquiryAccessFacts) -> Bool {
        guard actor.isSignedIn else { return false }
        if let user = actor.userID, user == inquiry.submitterUserID { return true }
        if let association = inquiry.associationID { return actor.associationIDs.contains(association) }
        return false
    }
}
