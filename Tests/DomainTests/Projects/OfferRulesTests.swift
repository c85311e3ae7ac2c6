import Testing
import Foundation
@testable import Domain

@Suite("Offers from associations: who publishes, who answers, who settles")
struct OfferRulesTests {
    static let club = AssociationID.make()
    static let pending = AssociationID.make()
    static let schools = DepartmentID.make()
    static let rep = ProjectActor(Actor(userID: .make(), role: .member, associationIDs: [club, pending]), verifiedAssociations: [club], coordinator: nil)
    static let teacher = ProjectActor(Actor(userID: .make(), role: .staff, departmentID: schools), verifiedAssociations: [], coordinator: nil)

    @Test("a representative offers only for a verified association; the fields are checked")
    func publishing() {
        let fields = FormFields([("association", Self.club.description), ("title", "Föreläsning om dyslexi"), ("summary", "En timme."),
                                 ("easyRead", "Vi berättar."), ("competences", "dyslexi, NPF"), ("targetGroups", "children"), ("contactName", "Karin")])
        let draft = try? OfferDraft.read(fields, associations: Self.rep.verifiedAssociations).get()
        #expect(draft?.competences == ["dyslexi", "npf"] && draft?.targetGroups == [.children])
        var forPending = fields
        forPending.set("association", Self.pending.description)
        #expect(OfferDraft.read(forPending, associations: Self.rep.verifiedAssociations)
                == .failure(FieldErrors(errors: [FieldError("association", "error.choose")])))
    }

    @Test("a department answers once while the offer is open, through its own staff")
    func answering() {
        let open = OfferState(association: Self.club, isOpen: true)
        let fields = FormFields([("message", "Vi vill gärna.")])
        #expect(OfferRules.answer(fields, on: open, for: Self.schools, answeredBefore: false, by: Self.teacher) == .success("Vi vill gärna."))
        #expect(OfferRules.answer(fields, on: open, for: .make(), answeredBefore: false, by: Self.teacher) == .failure(.forbidden))
        #expect(OfferRules.answer(fields, on: open, for: Self.schools, answeredBefore: false, by: Self.rep) == .failure(.forbidden))
        #expect(OfferRules.answer(fields, on: open, for: Self.schools, answeredBefore: true, by: Self.teacher)
                == .failure(.notNow("offers.refusal.alreadyAnswered")))
        #expect(OfferRules.answer(fields, on: OfferState(association: Self.club, isOpen: false), for: Self.schools, answeredBefore: false,
                                  by: Self.teacher) == .failure(.notNow("offers.refusal.closed")))
        #expect(OfferRules.answer(fields, on: open, for: nil, answeredBefore: false, by: Self.teacher)
                == .failure(.invalid([FieldError("department", "error.choose")])))
    }

    @Test("only the association settles an answer, once; declining needs a reason; withdrawing is its own and happens once")
    func settling() {
        let open = OfferState(association: Self.club, isOpen: true)
        #expect(OfferRules.decide(.choose, on: .submitted, of: open, by: Self.rep) == .success(.chosen))
        #expect(OfferRules.decide(.choose, on: .submitted, of: open, by: Self.teacher) == .failure(.forbidden))
        #expect(OfferRules.decide(.choose, on: .declined, of: open, by: Self.rep) == .failure(.notNow("calls.refusal.alreadyDecided")))
        #expect(OfferRules.decide(.decline(reason: " "), on: .submitted, of: open, by: Self.rep)
                == .failure(.invalid([FieldError("reason", "error.required")])))
        #expect((try? OfferRules.withdraw(open, by: Self.rep).get()) != nil)
        #expect(throws: ProjectRefusal.self) { try OfferRules.withdraw(open, by: Self.teacher).get() }
        #expect(throws: ProjectRefusal.self) { try OfferRules.withdraw(OfferState(association: Self.club, isOpen: false), by: Self.rep).get() }
    }
}
