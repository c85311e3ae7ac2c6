import Foundation

/// The permission rules of Samverka, in one place and free of I/O.
/// Controllers ask; they never decide on their own.
public enum Policy {
    public static func allows(_ actor: Actor, _ permission: Permission) -> Bool {
        guard actor.isSignedIn else { return false }
        switch permission {
        case .manageOwnAccount:
            return true
        case .manageUsers, .editMunicipality, .readAuditLog, .readMailLog:
            return actor.role == .admin
        case .useStaffArea:
            return actor.role == .admin || actor.isStaff
        }
    }

    /// An admin may change anyone's role except that the platform must keep at least one admin.
    public static func mayChangeRole(
        of target: Actor.Role, to newRole: Actor.Role, by actor: Actor, remainingAdmins: Int
    ) -> Bool {
        guard allows(actor, .manageUsers), newRole != .anonymous else { return false }
        if target == .admin && newRole != .admin { return remainingAdmins > 1 }
        return true
    }
}
