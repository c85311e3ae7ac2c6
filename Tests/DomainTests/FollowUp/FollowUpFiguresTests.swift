import Testing
import Foundation
@testable import Domain

@Suite("The yearly follow-up's figures")
struct FollowUpFiguresTests {
    @Test("each band's share of the register is set beside its share of the cooperations")
    func bandShares() {
        // Register 60 + 20 + 15 + 5 = 100; cooperations 10 + 10 + 20 + 10 = 50.
        let rows = BandFairness.compare(
            register: [.upTo25: 60, .upTo100: 20, .upTo500: 15, .over500: 5],
            cooperation: [.upTo25: 10, .upTo100: 10, .upTo500: 20, .over500: 10])
        #expect(rows.map(\.band) == MemberBand.allCases)
        #expect(rows[0] == BandFairness(band: .upTo25, registered: 60, cooperations: 10, registerShare: 0.6, cooperationShare: 0.2))
        #expect(rows.map(\.registerShare) == [0.6, 0.2, 0.15, 0.05])
        #expect(rows.map(\.cooperationShare) == [0.2, 0.2, 0.4, 0.2])
        // Small (up to 100 members): 80 of 100 in the register, 20 of 50 cooperations.
        let small = BandFairness.smallShare(rows)
        #expect(small.register == 0.8 && small.cooperation == 0.4)
    }

    @Test("a band with nobody still has a row, and a year without cooperations has no shares")
    func emptyBands() {
        let rows = BandFairness.compare(register: [.upTo25: 3], cooperation: [:])
        #expect(rows.count == MemberBand.allCases.count)
        #expect(rows[1] == BandFairness(band: .upTo100, registered: 0, cooperations: 0, registerShare: 0, cooperationShare: nil))
        #expect(rows.allSatisfy { $0.cooperationShare == nil })
        let small = BandFairness.smallShare(rows)
        #expect(small.register == 1 && small.cooperation == nil)
        let none = BandFairness.smallShare(BandFairness.compare(register: [:], cooperation: [:]))
        #expect(none.register == nil && none.cooperation == nil)
    }

    @Test("a group of four shows no result, a group of five does")
    func answerPrivacy() {
        let four: Reported<Double> = AnswerPrivacy.report(answers: 4) { 3.5 }
        let five: Reported<Double> = AnswerPrivacy.report(answers: 5) { 3.5 }
        let none: Reported<Double> = AnswerPrivacy.report(answers: 0) { 0 }
        #expect(four == .tooFewAnswers && four.value == nil)
        #expect(five == .value(3.5) && five.value == 3.5)
        #expect(none == .tooFewAnswers)
    }

    @Test("a suppressed figure is never worked out")
    func suppressedNotComputed() {
        var computed = false
        let result: Reported<Int> = AnswerPrivacy.report(answers: AnswerPrivacy.minimumAnswers - 1) {
            computed = true
            return 1
        }
        #expect(result == .tooFewAnswers && !computed)
    }

    static let today = CalendarDay(2026, 3, 14)

    @Test("a year with figures is read from the path, this year included")
    func readsYear() {
        #expect(FollowUpYear.read("2025", today: Self.today) == 2025)
        #expect(FollowUpYear.read("2020", today: Self.today) == 2020)
        #expect(FollowUpYear.read("2026", today: Self.today) == 2026)
        // Surrounding whitespace is trimmed: a pasted " 2024 " means 2024.
        #expect(FollowUpYear.read(" 2024 ", today: Self.today) == 2024)
    }

    @Test("anything else is not a year with figures")
    func refusesBadYears() {
        for text in ["abc", "", " ", "1999", "2019", "2027", "+2024", "-2024", "2024.0", "20 24", "02024", "٢٠٢٤", "9999999999999999999999"] {
            #expect(FollowUpYear.read(text, today: Self.today) == nil, "\(text)")
        }
        #expect(FollowUpYear.read("2020", today: CalendarDay(2019, 12, 31)) == nil)
    }

    @Test("the year picker lists newest first, and nothing before the first year")
    func years() {
        #expect(FollowUpYear.years(today: Self.today) == [2026, 2025, 2024, 2023, 2022, 2021, 2020])
        #expect(FollowUpYear.years(today: CalendarDay(2020, 1, 1)) == [2020])
        #expect(FollowUpYear.years(today: CalendarDay(2019, 12, 31)).isEmpty)
    }
}
