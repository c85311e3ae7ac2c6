import Testing
import Foundation
@testable import Domain

@Suite("Inquiry statistics kept as counts")
struct InquiryStatisticsCountsTests {
    static let monday = CalendarDay(2026, 11, 16)

    static func fact(answeredAfter days: Int?, rating: Int? = nil, dueIn: Int = 5) -> InquiryStatistics.Fact {
        InquiryStatistics.Fact(receivedOn: monday, dueOn: SwedishCalendar.addingWorkingDays(dueIn, to: monday),
                               firstAnsweredOn: days.map { monday.adding(days: $0) }, rating: rating)
    }

    @Test("summed counters give what the facts give, on any day, including the median of an even count")
    func countsEqualFacts() {
        var random = SplitMix64(seed: 3)
        let facts = (0..<500).map { _ in
            Self.fact(answeredAfter: random.next() % 4 == 0 ? nil : Int(random.next() % 40),
                      rating: random.next() % 3 == 0 ? Int(1 + random.next() % 5) : nil, dueIn: Int(1 + random.next() % 10))
        }
        var counts: [InquiryStatistics.Counter: Int] = [:]
        for fact in facts { counts.merge(InquiryStatistics.delta(from: nil, to: fact), uniquingKeysWith: +) }
        for offset in [0, 3, 9, 30] {
            let today = Self.monday.adding(days: offset)
            #expect(InquiryStatistics(counts: counts, today: today) == InquiryStatistics(facts, today: today), "day +\(offset)")
        }
        #expect(InquiryStatistics(counts: counts, today: Self.monday).medianWorkingDaysToAnswer != nil)
    }

    @Test("a change moves an inquiry between counters; an unchanged one writes nothing")
    func delta() {
        let asked = Self.fact(answeredAfter: nil), answered = Self.fact(answeredAfter: 2), rated = Self.fact(answeredAfter: 2, rating: 4)
        #expect(InquiryStatistics.delta(from: asked, to: asked).isEmpty)
        let answering = InquiryStatistics.delta(from: asked, to: answered)
        #expect(answering[InquiryStatistics.Counter(.openUntil, asked.dueOn.dayNumber)] == -1)
        #expect(answering[InquiryStatistics.Counter(.daysToAnswer, 2)] == 1 && answering[InquiryStatistics.Counter(.answeredInTime)] == 1)
        #expect(answering[InquiryStatistics.Counter(.received)] == nil)
        #expect(InquiryStatistics.delta(from: answered, to: rated) == [InquiryStatistics.Counter(.rating, 4): 1])
        #expect(InquiryStatistics.delta(from: rated, to: nil)[InquiryStatistics.Counter(.received)] == -1)
    }
}
