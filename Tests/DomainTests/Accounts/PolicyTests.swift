import Testing
import Foundation
@testable import Domain

@Suite("Policy: every kind of actor × every permission")
struct PolicyTests {
    /// All combinations of role, department and flags: 4 × 2 × 2 × 2 × 2 × 2 = 128 actors.
    static let actors: [Actor] = {
        var actors: [Actor] = []
        for role in Actor.Role.allCases {
            for department in [nil, DepartmentID.make()] {
                for handler in [false, true] {
                    for network in [false, true] {
                        for council in [false, true] {
                            for politician in [false, true] {
                                actors.append(Actor(userID: role == .anonymous ? nil : .make(), role: role, departmentID: department,
                                                    isEntryPointHandler: handler, isContactNetworkMember: network, isCouncilMember: council,
                                                    isPolitician: politician))
                            }
                        }
                    }
                }
            }
        }
        return actors
    }()

    /// The rules as the product describes them, written independently of `Policy`.
    static func expected(_ actor: Actor, _ permission: Permission) -> Bool {
        switch (actor.role, permission) {
        case (.anonymous, _): return false
        case (_, .manageOwnAccount), (_, .registerAssociation): return true
        case (.admin, _): return true
        // A council member handles the matters raised with the council, whatever their role.
        case (_, .handleInquiries) where actor.isCouncilMember: return true
        // A politician reads the survey per department.
        case (_, .readSurveyByDepartment) where actor.isPolitician: return true
        case (.staff, .useStaffArea), (.staff, .verifyAssociations), (.staff, .publishSupport): return actor.departmentID != nil
        case (.staff, .handleInquiries), (.staff, .registerInquiries): return actor.departmentID != nil && actor.isEntryPointHandler
        case (.staff, .useSecondFactor): return true
        default: return false
        }
    }

    @Test("the policy matches the written rules for every combination")
    func exhaustive() {
        #expect(Self.actors.count == 128)
        for actor in Self.actors {
            for permission in Permission.allCases {
                #expect(Policy.allows(actor, permission) == Self.expected(actor, permission), "\(actor.role) \(permission)")
            }
        }
    }

    @Test("flags alone never grant administration")
    func flagsDoNotEscalate() {
        for actor in Self.actors where actor.role != .admin {
            for permission in [Permission.manageUsers, .editMunicipality, .readAuditLog, .readMailLog, .importAssociations,
                               .editAgreementTexts, .recordDepartmentEndorsement] {
                #expect(!Policy.allows(actor, permission))
            }
        }
    }

    @Test("the last admin cannot be demoted; others can", arguments: [
        (Actor.Role.admin, Actor.Role.member, 1, false), (.admin, .member, 2, true), (.admin, .admin, 1, true),
        (.member, .admin, 1, true), (.staff, .member, 1, true), (.member, .anonymous, 3, false),
    ])
    func roleChanges(from: Actor.Role, to: Actor.Role, admins: Int, allowed: Bool) {
        let admin = Actor(userID: .make(), role: .admin)
        #expect(Policy.mayChangeRole(of: from, to: to, by: admin, remainingAdmins: admins) == allowed)
        let staff = Actor(userID: .make(), role: .staff, departmentID: .make())
        #expect(!Policy.mayChangeRole(of: from, to: to, by: staff, remainingAdmins: admins))
    }

    @Test("a representative of association A can act for A and never for B")
    func representatives() {
        let a = AssociationID.make(), b = AssociationID.make()
        for actor in Self.actors {
            var representative = actor
            representative.associationIDs = [a]
            let signedIn = actor.role != .anonymous
            #expect(Policy.mayRepresent(representative, association: a) == signedIn)
            #expect(!Policy.mayRepresent(representative, association: b))
            #expect(Policy.mayEdit(representative, association: b) == (actor.role == .admin))
            #expect(Policy.maySeeUnpublished(representative, association: b) == Self.expected(actor, .verifyAssociations))
            #expect(Policy.mayArchive(representative, association: a) == signedIn)
        }
    }
}
