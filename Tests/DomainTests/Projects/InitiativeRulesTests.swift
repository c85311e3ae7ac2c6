import Testing
import Foundation
@testable import Domain

@Suite("Initiatives: who sees one, who answers, once, and by when")
struct InitiativeRulesTests {
    static let department = DepartmentID.make()
    static let club = AssociationID.make()

    @Test("a private initiative is seen by its association and its department only; the department answers it once")
    func rules() {
        let rep = Actor(userID: .make(), role: .member, associationIDs: [Self.club])
        let staff = Actor(userID: .make(), role: .staff, departmentID: Self.department)
        let other = Actor(userID: .make(), role: .staff, departmentID: .make())
        #expect(InitiativeRules.maySee(isPublic: false, association: Self.club, department: Self.department, by: rep))
        #expect(InitiativeRules.maySee(isPublic: false, association: Self.club, department: Self.department, by: staff))
        #expect(!InitiativeRules.maySee(isPublic: false, association: Self.club, department: Self.department, by: other))
        #expect(!InitiativeRules.maySee(isPublic: false, association: Self.club, department: Self.department, by: .anonymous))
        #expect(InitiativeRules.maySee(isPublic: true, association: Self.club, department: Self.department, by: .anonymous))
        #expect(InitiativeRules.decide(.consider, on: .received, department: Self.department, by: staff) == .success(.considering))
        #expect(InitiativeRules.decide(.accept, on: .considering, department: Self.department, by: staff) == .success(.accepted))
        #expect(InitiativeRules.decide(.accept, on: .received, department: Self.department, by: other) == .failure(.forbidden))
        #expect(InitiativeRules.decide(.accept, on: .accepted, department: Self.department, by: staff) == .failure(.notNow("initiatives.refusal.decided")))
        #expect(InitiativeRules.decide(.decline(reason: " "), on: .received, department: Self.department, by: staff)
                == .failure(.invalid([FieldError("reason", "error.required")])))
    }

    @Test("the answer is due the department's number of working days after it arrived (Friday + 5 → Friday after)")
    func due() {
        let friday = CalendarDay(2026, 11, 20).start.addingTimeInterval(10 * 3600)
        #expect(InitiativeRules.due(received: friday, answerDays: 5) == CalendarDay(2026, 11, 27))
    }

    @Test("the form names what is missing and only takes the proposer's own verified associations")
    func draft() {
        let fields = FormFields([("association", Self.club.description), ("topic", "sport"), ("title", "Utegym"), ("what", "Ett utegym."),
                                 ("why", "Fler rör sig."), ("goals", "3"), ("public", "on")])
        #expect((try? InitiativeDraft.read(fields, associations: [Self.club]).get())?.isPublic == true)
        #expect(InitiativeDraft.read(fields, associations: []) == .failure(FieldErrors(errors: [FieldError("association", "error.choose")])))
        var missing = fields
        missing.set("why", "")
        #expect(InitiativeDraft.read(missing, associations: [Self.club]) == .failure(FieldErrors(errors: [FieldError("why", "error.required")])))
    }
}
