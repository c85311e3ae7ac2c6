import Testing
import Foundation
@testable import Domain

@Suite("Associations: staff decide on what waits for review, once")
struct AssociationReviewTests {
    static let staff = Actor(userID: .make(), role: .staff, departmentID: .make())
    static let member = Actor(userID: .make(), role: .member)

    @Test("each decision × each status: only waiting associations are decided, by staff")
    func matrix() {
        for status in AssociationStatus.allCases {
            for decision in AssociationReview.Decision.allCases {
                let result = AssociationReview.decide(decision, message: "Vi saknar stadgarna.", on: status, by: Self.staff)
                if AssociationReview.isWaiting(status) {
                    #expect((try? result.get())?.status == decision.status, "\(decision) on \(status)")
                } else {
                    #expect(result == .failure(.alreadyDecided(status)), "\(decision) on \(status)")
                }
                #expect(AssociationReview.decide(decision, message: "x", on: status, by: Self.member) == .failure(.forbidden))
            }
        }
    }

    @Test("asking for more or rejecting needs a reason; verifying clears the message; the audit says before → after")
    func messages() throws {
        #expect(AssociationReview.decide(.reject, message: "  ", on: .pending, by: Self.staff)
                == .failure(.invalid([FieldError("message", "error.reasonRequired")])))
        #expect(AssociationReview.decide(nil, message: "", on: .pending, by: Self.staff)
                == .failure(.invalid([FieldError("decision", "error.choose")])))
        let verified = try AssociationReview.decide(.verify, message: "Välkommen", on: .needsInformation, by: Self.staff).get()
        #expect(verified.message == "" && verified.audit == AuditNote("association.verify", "needsInformation → verified: Välkommen"))
        let asked = try AssociationReview.decide(.askForMore, message: " Stadgarna saknas. ", on: .pending, by: Self.staff).get()
        #expect(asked.message == "Stadgarna saknas." && asked.status == .needsInformation)
        #expect(AssociationReview.Refusal.alreadyDecided(.verified).kind == .conflict)
    }
}
