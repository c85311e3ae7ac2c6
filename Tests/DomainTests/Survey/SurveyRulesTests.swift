import Testing
import Foundation
@testable import Domain

@Suite("The survey's rules: who answers for whom, when, once; what may be shown")
struct SurveyRulesTests {
    static let association = AssociationID.make(), department = DepartmentID.make()
    static let opens = CalendarDay(2026, 10, 1), closes = CalendarDay(2026, 12, 15)

    @Test("means are shown from five answers; four show nothing")
    func privacy() {
        let four = [[5, 1], [4, 2], [3, 3], [4, 4]]
        #expect(SurveyRules.means(four, questions: 2) == [.tooFewAnswers, .tooFewAnswers])
        let five = four + [[4, 5]]
        #expect(SurveyRules.means(five, questions: 2) == [.value(4.0), .value(3.0)])
        #expect(SurveyRules.means([], questions: 1) == [.tooFewAnswers])
    }

    @Test("a representative answers for their association, a contact person or records admin for their department; while open; once")
    func answering() {
        let representative = Actor(userID: .make(), role: .member, associationIDs: [Self.association])
        let contact = Actor(userID: .make(), role: .staff, departmentID: Self.department, isContactNetworkMember: true)
        let colleague = Actor(userID: .make(), role: .staff, departmentID: Self.department)
        #expect(SurveyRules.mayAnswer(representative, as: .association(Self.association)))
        #expect(!SurveyRules.mayAnswer(representative, as: .association(.make())) && !SurveyRules.mayAnswer(representative, as: .department(Self.department)))
        #expect(SurveyRules.mayAnswer(contact, as: .department(Self.department)) && !SurveyRules.mayAnswer(colleague, as: .department(Self.department)))
        #expect(!SurveyRules.mayAnswer(Actor(userID: .make(), role: .admin), as: .department(Self.department)))
        /// The refusal, or nil when the answer is let in.
        func decide(_ today: CalendarDay, answered: Bool = false) -> ProjectRefusal? {
            let result = SurveyRules.answer(by: contact, as: .department(Self.department), opens: Self.opens, closes: Self.closes, today: today,
                                            alreadyAnswered: answered)
            if case .failure(let refusal) = result { return refusal }
            return nil
        }
        #expect(decide(CalendarDay(2026, 11, 16)) == nil && decide(Self.closes) == nil)
        #expect(decide(CalendarDay(2026, 9, 30)) == .notNow("error.survey.closed"))
        #expect(decide(CalendarDay(2026, 12, 16)) == .notNow("error.survey.closed"))
        #expect(decide(CalendarDay(2026, 11, 16), answered: true) == .notNow("error.survey.answered"))
    }

    @Test("an answer scores every question 1–5; a survey has 1–12 questions inside its year")
    func forms() {
        #expect((try? SurveyAnswerDraft.read(FormFields(["q1": "1", "q2": "5"]), questions: 2).get())?.scores == [1, 5])
        for fields in [["q1": "1"], ["q1": "0", "q2": "3"], ["q1": "3", "q2": "x"]] {
            #expect((try? SurveyAnswerDraft.read(FormFields(fields), questions: 2).get()) == nil)
        }
        let good = FormFields(["questions": "A\n\nB\n", "opens": "2026-10-01", "closes": "2026-12-15"])
        #expect((try? SurveyDraft.read(good, year: 2026).get())?.questions == ["A", "B"])
        #expect((try? SurveyDraft.read(good, year: 2027).get()) == nil)
        var many = good
        many.set("questions", (1...13).map(String.init).joined(separator: "\n"))
        #expect((try? SurveyDraft.read(many, year: 2026).get()) == nil)
        #expect(SurveyRespondent(choice: "d:\(Self.department)") == .department(Self.department) && SurveyRespondent(choice: "x:1") == nil)
    }
}
