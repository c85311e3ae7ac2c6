import Foundation

/// Who is making a request, as far as the permission rules care.
/// Built once per request from the session; plain data so the policy stays pure.
public struct Actor: Sendable, Hashable {
    public enum Role: String, Sendable, Hashable, CaseIterable, Codable {
        /// Not signed in.
        case anonymous
        /// A registered person: association representative, volunteer, citizen.
        case member
        /// Municipal staff; belongs to a department.
        case staff
        /// Runs the platform for the municipality.
        case admin
    }

    public var userID: UserID?
    public var role: Role
    public var departmentID: DepartmentID?
    public var isEntryPointHandler: Bool
    public var isContactNetworkMember: Bool
    public var isCouncilMember: Bool
    /// An elected member of a committee or the council: reads the survey's per-department results.
    public var isPolitician: Bool
    /// Looks after the department's own records (its staff days, its yearly target).
    public var isDepartmentAdmin: Bool
    /// Associations this person represents (filled in by the associations area).
    public var associationIDs: Set<AssociationID>

    public init(
        userID: UserID?,
        role: Role,
        departmentID: DepartmentID? = nil,
        isEntryPointHandler: Bool = false,
        isContactNetworkMember: Bool = false,
        isCouncilMember: Bool = false,
        isDepartmentAdmin: Bool = false,
        isPolitician: Bool = false,
        associationIDs: Set<AssociationID> = []
    ) {
        self.userID = userID
        self.role = role
        self.departmentID = departmentID
        self.isEntryPointHandler = isEntryPointHandler
        self.isContactNetworkMember = isContactNetworkMember
        self.isCouncilMember = isCouncilMember
        self.isDepartmentAdmin = isDepartmentAdmin
        self.isPolitician = isPolitician
        self.associationIDs = associationIDs
    }

    public static let anonymous = Actor(userID: nil, role: .anonymous)

    public var isSignedIn: Bool { role != .anonymous && userID != nil }
    /// Staff flags only count for people who are staff (or admins placed in a department).
    public var isStaff: Bool { (role == .staff || role == .admin) && departmentID != nil }
}
