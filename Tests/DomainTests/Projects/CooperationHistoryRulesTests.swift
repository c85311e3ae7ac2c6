import Testing
import Foundation
@testable import Domain

@Suite("Cooperation history: the highest step, since when it was first reached")
struct CooperationHistoryRulesTests {
    @Test("the top step wins, dated by its first time; nothing is nothing")
    func highest() {
        let day = { (n: Double) in Date(timeIntervalSince1970: n * 86_400) }
        #expect(CooperationHistory.highest([]) == nil)
        let reached = CooperationHistory.highest([(.information, day(1)), (.dialogue, day(9)), (.dialogue, day(5)), (.consultation, day(2))])
        #expect(reached == .init(step: .dialogue, since: day(5)))
        #expect(CooperationHistory.mayRead(Actor(userID: .make(), role: .staff, departmentID: .make())))
        #expect(!CooperationHistory.mayRead(Actor(userID: .make(), role: .member, isCouncilMember: true)))
        #expect(!CooperationHistory.mayRead(.anonymous))
    }
}
