import Testing
import Foundation
@testable import Domain

@Suite("Volunteering rules: the assignment form, interest, answers, taking back, when details are forgotten")
struct VolunteeringRulesTests {
    let department = Party.department(DepartmentID(UUID()))
    let now = CalendarDay(2027, 3, 1).at(ClockTime(hour: 12, minute: 0)!)

    func state(closes: CalendarDay = CalendarDay(2027, 3, 31), closedAt: Date? = nil) -> AssignmentState {
        AssignmentState(organiser: department, closes: closes, closedAt: closedAt)
    }

    @Test("interest only while open, once per address")
    func show() {
        #expect((try? InterestRules.show(on: state(), alreadyShown: false, at: now).get()) != nil)
        #expect(InterestRules.show(on: state(), alreadyShown: true, at: now).refusal == .notNow("volunteering.refusal.already"))
        #expect(InterestRules.show(on: state(closes: CalendarDay(2027, 2, 28)), alreadyShown: false, at: now).refusal
            == .notNow("volunteering.refusal.closed"))
        #expect(InterestRules.show(on: state(closedAt: now.addingTimeInterval(-1)), alreadyShown: false, at: now).refusal
            == .notNow("volunteering.refusal.closed"))
        // Open through the whole last day.
        #expect((try? InterestRules.show(on: state(closes: CalendarDay(2027, 3, 1)), alreadyShown: false, at: now).get()) != nil)
    }

    @Test("a decline needs a reason; an answer is given once; taking back keeps an answer given")
    func answers() throws {
        #expect(InterestAnswer.read(FormFields(["answer": "decline", "message": " "])).isFailure)
        #expect(InterestAnswer.read(FormFields(["answer": "maybe"])).isFailure)
        #expect(try InterestAnswer.read(FormFields(["answer": "welcome"])).get() == .welcome(message: ""))
        #expect(InterestRules.withdraw(.new, forgotten: false) == .success(.withdrawn))
        #expect(InterestRules.withdraw(.welcomed, forgotten: false) == .success(.welcomed))
        #expect(InterestRules.withdraw(.new, forgotten: true) == .failure(.notNow("volunteering.refusal.forgotten")))
    }

    @Test("details are forgotten 183 days after the assignment stopped taking interest")
    func forgetAt() {
        let closedEarly = now
        #expect(InterestRules.forgetAt(state(closedAt: closedEarly)) == closedEarly.addingTimeInterval(183 * 86_400))
        #expect(InterestRules.forgetAt(state()) == CalendarDay(2027, 3, 31).end.addingTimeInterval(183 * 86_400))
    }

    @Test("the interest form: a name, an address or a phone, consent")
    func interestDraft() throws {
        #expect(InterestDraft.read(FormFields(["name": "Ali", "email": "ali@example.org"])).isFailure)
        #expect(InterestDraft.read(FormFields(["name": "Ali", "consent": "on"])).isFailure)
        #expect(InterestDraft.read(FormFields(["name": "Ali", "phone": "12", "consent": "on"])).isFailure)
        #expect(try InterestDraft.read(FormFields(["name": "Ali", "phone": "070-123 45 67", "consent": "on"])).get().email == nil)
        #expect(try InterestDraft.read(FormFields(["name": " Ali ", "email": "Ali@Example.org", "consent": "on"])).get()
            == InterestDraft(name: "Ali", email: EmailAddress("ali@example.org")))
    }

    @Test("the assignment form reads what was written, and names every field that is wrong")
    func assignmentDraft() throws {
        let district = DistrictID(UUID())
        var fields: [(String, String)] = [("organiser", department.description), ("title", "Läxhjälp"), ("summary", "Hjälp barn."),
                                          ("easyRead", "Hjälp barn."), ("targetGroup", "children"), ("districts", district.description),
                                          ("timing", "once"), ("day", "2027-03-20"), ("effort", "2 timmar"), ("needed", "2"),
                                          ("closes", "2027-03-15"), ("contactName", "Lena"), ("contactEmail", "lena@example.org")]
        let draft = try AssignmentDraft.read(FormFields(fields), organisers: [department], knownDistricts: [district]).get()
        #expect(draft.day == CalendarDay(2027, 3, 20) && draft.minimumAge == 0 && draft.suitsYouth && draft.districts == [district])
        fields[10] = ("closes", "2027-03-25")
        fields.append(("minimumAge", "x"))
        guard case .failure(let errors) = AssignmentDraft.read(FormFields(fields), organisers: [department], knownDistricts: [district]) else {
            Issue.record("accepted"); return
        }
        #expect(Set(errors.errors.map(\.field)) == ["closes", "minimumAge"])
        #expect(AssignmentRules.publish(draft, by: ProjectActor(Actor.anonymous, verifiedAssociations: [], coordinator: nil), at: now) == .failure(.forbidden))
    }
}

extension Result {
    var isFailure: Bool { if case .failure = self { return true } else { return false } }
    var refusal: Failure? { if case .failure(let failure) = self { return failure } else { return nil } }
}

@Suite("Alerts about new assignments: the link's button starts once, stop ends")
struct AlertDecisionTests {
    @Test("start when not yet started, nothing the second time, stop always")
    func decide() {
        #expect(AlertDecision.decide(stop: false, isConfirmed: false) == .start)
        #expect(AlertDecision.decide(stop: false, isConfirmed: true) == .nothing)
        #expect(AlertDecision.decide(stop: true, isConfirmed: false) == .stop)
        #expect(AlertDecision.decide(stop: true, isConfirmed: true) == .stop)
    }
}
