import Testing
import Foundation
@testable import Domain

@Suite("Inquiries: status machine, references and routing")
struct InquiryRulesTests {
    /// Every status × every event, written out by hand: nil is "not allowed".
    static let expected: [InquiryStatus: [InquiryStep: InquiryStatus?]] = [
        .received: [.start: .inProgress, .reply: .answered, .addInformation: .received, .transfer: .received, .close: .closed, .reopen: nil],
        .inProgress: [.start: .inProgress, .reply: .answered, .addInformation: .inProgress, .transfer: .received, .close: .closed, .reopen: nil],
        .answered: [.start: .inProgress, .reply: .answered, .addInformation: .inProgress, .transfer: .received, .close: .closed, .reopen: nil],
        .closed: [.start: nil, .reply: nil, .addInformation: nil, .transfer: nil, .close: nil, .reopen: .reopened],
        .reopened: [.start: .inProgress, .reply: .answered, .addInformation: .reopened, .transfer: .received, .close: .closed, .reopen: nil],
    ]

    @Test("every transition, exhaustively")
    func transitions() {
        for status in InquiryStatus.allCases {
            for event in InquiryStep.allCases {
                let expected = Self.expected[status]?[event] ?? nil
                #expect(status.after(event) == expected, "\(status) + \(event)")
                #expect(status.allows(event) == (expected != nil))
            }
        }
    }

    @Test("only closed is not open, and reopening has a 30-day window")
    func window() {
        #expect(InquiryStatus.allCases.filter { !$0.isOpen } == [.closed])
        let closed = Date(timeIntervalSince1970: 1_790_000_000)
        #expect(InquiryStatus.mayReopen(closedAt: closed, now: closed.addingTimeInterval(29 * 86_400)))
        #expect(InquiryStatus.mayReopen(closedAt: closed, now: closed.addingTimeInterval(30 * 86_400)))
        #expect(!InquiryStatus.mayReopen(closedAt: closed, now: closed.addingTimeInterval(30 * 86_400 + 1)))
        #expect(!InquiryStatus.mayReopen(closedAt: nil, now: closed))
    }

    @Test("a reference is written SAM-year-number and read back, forgiving case and spaces")
    func references() {
        #expect(InquiryReference(year: 2026, number: 42).description == "SAM-2026-00042")
        #expect(InquiryReference(year: 2026, number: 123_456).description == "SAM-2026-123456")
        #expect(InquiryReference(" sam-2026-00042 ") == InquiryReference(year: 2026, number: 42))
        for bad in ["", "SAM-2026-42", "SAM-26-00042", "SAM-2026-0000a", "ABC-2026-00042", "SAM-2026-00000", "SAM-2026-00042-1", "SAM-２０２６-00042"] {
            #expect(InquiryReference(bad) == nil, "\(bad)")
        }
        #expect(InquiryReference(year: 2025, number: 9) < InquiryReference(year: 2026, number: 1))
    }

    @Test("a topic goes to its department, and to the coordinator when unknown or unmapped")
    func routing() {
        let coordinator = UUID(), culture = UUID()
        let table: [InquiryTopic: UUID] = [.premises: culture, .unknown: culture]
        #expect(InquiryRouting.department(for: .premises, table: table, coordinator: coordinator) == culture)
        #expect(InquiryRouting.department(for: .housing, table: table, coordinator: coordinator) == coordinator)
        #expect(InquiryRouting.department(for: .unknown, table: table, coordinator: coordinator) == coordinator)
    }

    @Test("statistics: count, median working days, share in time and ratings")
    func statistics() {
        let monday = CalendarDay(2026, 11, 16)
        let due = SwedishCalendar.addingWorkingDays(5, to: monday) // Monday 23rd
        let facts = [
            InquiryStatistics.Fact(receivedOn: monday, dueOn: due, firstAnsweredOn: CalendarDay(2026, 11, 17), rating: 5),
            InquiryStatistics.Fact(receivedOn: monday, dueOn: due, firstAnsweredOn: CalendarDay(2026, 11, 20), rating: 2),
            InquiryStatistics.Fact(receivedOn: monday, dueOn: due, firstAnsweredOn: CalendarDay(2026, 11, 25), rating: nil),
            InquiryStatistics.Fact(receivedOn: monday, dueOn: due, firstAnsweredOn: nil, rating: nil), // late by now
            InquiryStatistics.Fact(receivedOn: CalendarDay(2026, 11, 25), dueOn: CalendarDay(2026, 12, 2), firstAnsweredOn: nil, rating: nil),
        ]
        let statistics = InquiryStatistics(facts, today: CalendarDay(2026, 11, 26))
        #expect(statistics.count == 5)
        #expect(statistics.answered == 3)
        #expect(statistics.medianWorkingDaysToAnswer == 4) // 1, 4, 7
        #expect(statistics.shareAnsweredInTime == 0.5)     // 2 of the 4 that can be judged
        #expect(statistics.ratings == 2)
        #expect(statistics.averageRating == 3.5)
        #expect(InquiryStatistics([], today: monday) == InquiryStatistics())
        #expect(InquiryStatistics.median([1, 2, 3, 10]) == 2.5)
    }
}
