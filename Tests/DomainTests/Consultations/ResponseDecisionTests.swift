import Testing
import Foundation
@testable import Domain

@Suite("Consultation answers and joining the agreement: decided on what is read in the transaction")
struct ResponseDecisionTests {
    static let dates = ConsultationDates(announced: CalendarDay(2026, 10, 1), opens: CalendarDay(2026, 11, 2), closes: CalendarDay(2026, 12, 11))
    static let association = AssociationID.make()
    static let user = UserID.make()
    static let representative = Actor(userID: user, role: .member, associationIDs: [association])
    static let open = CalendarDay(2026, 11, 20).start
    static let text = ResponseDraft(answers: ["Ja, men tidigare."], comment: "")

    static func decide(_ intent: ResponseDraft.Intent = .submit, as respondent: Respondent = .association(association),
                       status: AssociationStatus? = .verified, at now: Date = open, existing: Int? = nil) -> Result<ResponseRules.Outcome, ResponseRules.Refusal> {
        ResponseRules.decide(intent, text, questions: 1, as: respondent, respondentStatus: status, by: representative, dates: dates,
                             existing: existing.map(ResponseState.init), now: now)
    }

    @Test("a submit becomes the next version; a draft is a draft")
    func versions() {
        #expect(Self.decide() == .success(.submit(Self.text, version: 1)))
        #expect(Self.decide(existing: 3) == .success(.submit(Self.text, version: 4)))
        #expect(Self.decide(.draft, existing: 3) == .success(.draft(Self.text)))
    }

    @Test("only verified associations answer as associations, and only through their representatives")
    func whoAnswers() {
        for status in AssociationStatus.allCases where status != .verified {
            #expect(Self.decide(status: status) == .failure(.forbidden), "\(status)")
        }
        #expect(Self.decide(as: .association(.make())) == .failure(.forbidden))
        #expect(Self.decide(as: .person(Self.user), status: nil) == .success(.submit(Self.text, version: 1)))
        #expect(Self.decide(as: .person(.make()), status: nil) == .failure(.forbidden))
    }

    @Test("the last second of the last day is accepted; the next is refused as closed (409)")
    func deadline() {
        #expect(Self.decide(at: CalendarDay(2026, 12, 11).end.addingTimeInterval(-1)) == .success(.submit(Self.text, version: 1)))
        #expect(Self.decide(at: CalendarDay(2026, 12, 11).end) == .failure(.closed))
        #expect(ResponseRules.Refusal.closed.kind == .conflict)
    }

    @Test("joining: verified associations only, once, with the board's date and the signer's role")
    func joining() throws {
        let form = FormFields(["decidedOn": "2026-03-01", "signatoryRole": "Ordförande", "confirm": "on"])
        let now = CalendarDay(2026, 11, 20).start
        let joined = try EndorsementRules.decide(.joined, form, for: .association(status: .verified), named: "Föreningen", history: [],
                                                 now: now).get()
        #expect(joined.joinedSince == CalendarDay(2026, 3, 1).start && joined.signatoryRole == "Ordförande")
        #expect(joined.audit == AuditNote("agreement.joined", "Föreningen, decided 2026-03-01"))
        #expect(EndorsementRules.decide(.joined, form, for: .association(status: .pending), named: "F", history: [], now: now)
                == .failure(.notVerified))
        #expect(EndorsementRules.decide(.joined, form, for: .association(status: .verified), named: "F", history: [joined.event], now: now)
                == .failure(.alreadyJoined))
        #expect(EndorsementRules.decide(.withdrawn, form, for: .association(status: .verified), named: "F", history: [], now: now)
                == .failure(.notJoined))
        let future = FormFields(["decidedOn": "2027-01-01", "signatoryRole": "Ordförande"])
        #expect(EndorsementRules.decide(.joined, future, for: .association(status: .verified), named: "F", history: [], now: now)
                == .failure(.invalid([FieldError("decidedOn", "error.date"), FieldError("confirm", "error.confirm")])))
        let department = FormFields(["decidedOn": "2021-03-14", "decisionReference": "KFN 2021/12 § 4"])
        #expect(try EndorsementRules.decide(.joined, department, for: .department, named: "Kultur", history: [], now: now).get()
                .decisionReference == "KFN 2021/12 § 4")
    }
}
