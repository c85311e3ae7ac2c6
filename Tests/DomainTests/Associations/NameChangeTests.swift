import Testing
import Foundation
@testable import Domain

@Suite("Associations: a verified association's new name or number waits for staff")
struct NameChangeTests {
    static let id = AssociationID.make()
    static let representative = Actor(userID: .make(), role: .member, associationIDs: [id])
    static let staff = Actor(userID: .make(), role: .staff, departmentID: .make())
    static let admin = Actor(userID: .make(), role: .admin, departmentID: .make())
    static let now = Date(timeIntervalSince1970: 1_790_000_000)
    static let number = OrgNumber("802002-4280")!
    static let otherNumber = OrgNumber("802479-1392")

    static func current(_ status: AssociationStatus, pending: NameProposal? = nil) -> AssociationIdentity {
        AssociationIdentity(id: id, status: status, name: "Ton", orgNumber: number, pending: pending)
    }

    @Test("each status × same or new name: only a verified association's new name waits; the rest applies")
    func editMatrix() {
        for status in AssociationStatus.allCases {
            for (name, orgNumber) in [("Ton", Self.number), ("Tonen", Self.number), ("Ton", nil), ("Tonen", Self.otherNumber)] {
                let outcome = NameChange.edit(name: name, orgNumber: orgNumber, of: Self.current(status), by: Self.representative, at: Self.now)
                let changed = name != "Ton" || orgNumber != Self.number
                if status == .verified && changed {
                    #expect(outcome.name == "Ton" && outcome.orgNumber == Self.number, "\(status) \(name)")
                    #expect(outcome.pending == NameProposal(name: name, orgNumber: orgNumber, proposedAt: Self.now,
                                                            proposedBy: Self.representative.userID), "\(status) \(name)")
                } else {
                    #expect(outcome.name == name && outcome.orgNumber == orgNumber && outcome.pending == nil, "\(status) \(name)")
                }
            }
        }
    }

    @Test("sending the approved name withdraws the proposal; sending it again keeps its date; an admin corrects at once")
    func edits() {
        let waiting = NameProposal(name: "Tonen", orgNumber: Self.number, proposedAt: Date(timeIntervalSince1970: 1), proposedBy: nil)
        let again = NameChange.edit(name: "Tonen", orgNumber: Self.number, of: Self.current(.verified, pending: waiting),
                                    by: Self.representative, at: Self.now)
        #expect(again.pending == waiting)
        let back = NameChange.edit(name: "Ton", orgNumber: Self.number, of: Self.current(.verified, pending: waiting),
                                   by: Self.representative, at: Self.now)
        #expect(back.pending == nil && back.name == "Ton")
        let corrected = NameChange.edit(name: "Tonen", orgNumber: nil, of: Self.current(.verified), by: Self.admin, at: Self.now)
        #expect(corrected.name == "Tonen" && corrected.orgNumber == nil && corrected.pending == nil)
        // Staff who also speak for the association wait like any representative.
        var both = Self.staff
        both.associationIDs = [Self.id]
        #expect(NameChange.edit(name: "Tonen", orgNumber: Self.number, of: Self.current(.verified), by: both, at: Self.now).pending != nil)
    }

    @Test("staff approve or reject with a reason; others may not; nothing waiting is a conflict")
    func review() throws {
        let waiting = Self.current(.verified, pending: NameProposal(name: "Tonen", orgNumber: nil, proposedAt: Self.now, proposedBy: nil))
        let approved = try NameChange.review(.approve, reason: "", on: waiting, numberTaken: false, by: Self.staff).get()
        #expect(approved.name == "Tonen" && approved.orgNumber == nil && approved.reason == "")
        #expect(approved.audit == AuditNote("association.rename.approve", "Ton; 802002-4280 → Tonen; -"))
        let rejected = try NameChange.review(.reject, reason: " Fel namn. ", on: waiting, numberTaken: false, by: Self.staff).get()
        #expect(rejected.name == "Ton" && rejected.orgNumber == Self.number && rejected.reason == "Fel namn.")
        #expect(NameChange.review(.reject, reason: " ", on: waiting, numberTaken: false, by: Self.staff)
                == .failure(.invalid([FieldError("renameReason", "error.reasonRequired")])))
        #expect(NameChange.review(nil, reason: "", on: waiting, numberTaken: false, by: Self.staff)
                == .failure(.invalid([FieldError("renameDecision", "error.choose")])))
        #expect(NameChange.review(.approve, reason: "", on: waiting, numberTaken: true, by: Self.staff)
                == .failure(.invalid([FieldError("renameDecision", "staff.rename.numberTaken")])))
        for actor in [Self.representative, Actor(userID: .make(), role: .member), Actor.anonymous] {
            #expect(NameChange.review(.approve, reason: "", on: waiting, numberTaken: false, by: actor) == .failure(.forbidden))
        }
        for status in AssociationStatus.allCases {
            let decided = NameChange.review(.approve, reason: "", on: Self.current(status), numberTaken: false, by: Self.staff)
            #expect(decided == .failure(.nothingWaiting), "\(status)")
        }
        #expect(NameChange.Refusal.nothingWaiting.kind == .conflict)
    }
}
