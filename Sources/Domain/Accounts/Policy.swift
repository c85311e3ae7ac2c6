import Foundation

/// The permission rules of Samverka, in one place and free of I/O.
/// Controllers ask; they never decide on their own.
public enum Policy {
    public static func allows(_ actor: Actor, _ permission: Permission) -> Bool {
        guard actor.isSignedIn else { return false }
        switch permission {
        case .manageOwnAccount, .registerAssociation:
            return true
        case .manageUsers, .editMunicipality, .readAuditLog, .readMailLog, .importAssociations, .editAgreementTexts,
             .recordDepartmentEndorsement:
            return actor.role == .admin
        case .useStaffArea, .verifyAssociations, .publishSupport:
            return actor.role == .admin || actor.isStaff
        case .handleInquiries:
            return mayHandleInquiries(actor)
        case .registerInquiries:
            return actor.role == .admin || (actor.isStaff && actor.isEntryPointHandler)
        case .readSurveyByDepartment:
            return actor.role == .admin || actor.isPolitician
        case .useSecondFactor:
            return SecondFactor.isAvailable(for: actor.role)
        }
    }

    /// Speaking for one association: its representatives, and nobody else.
    public static func mayRepresent(_ actor: Actor, association: AssociationID) -> Bool {
        actor.isSignedIn && actor.associationIDs.contains(association)
    }

    /// Changing an association's facts: its representatives, or an admin correcting the register.
    public static func mayEdit(_ actor: Actor, association: AssociationID) -> Bool {
        mayRepresent(actor, association: association) || (actor.isSignedIn && actor.role == .admin)
    }

    /// Seeing an association that is not (or no longer) public.
    public static func maySeeUnpublished(_ actor: Actor, association: AssociationID) -> Bool {
        mayRepresent(actor, association: association) || allows(actor, .verifyAssociations)
    }

    /// Taking an association off the public list (it is archived, never deleted).
    public static func mayArchive(_ actor: Actor, association: AssociationID) -> Bool {
        mayRepresent(actor, association: association) || allows(actor, .verifyAssociations)
    }

    /// Publishing for one department (support offerings, consultations): its own staff, or an admin.
    public static func mayPublish(_ actor: Actor, for department: DepartmentID) -> Bool {
        guard actor.isSignedIn else { return false }
        return actor.role == .admin || (actor.isStaff && actor.departmentID == department)
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
