import Foundation

/// The feedback the municipality owes (N6): how many asked, how fast the first answer came,
/// how often the promise was kept, and how satisfied people were. Pure arithmetic over facts.
public struct InquiryStatistics: Sendable, Equatable {
    /// The facts of one inquiry that the statistics need.
    public struct Fact: Sendable, Equatable {
        public var receivedOn: CalendarDay
        public var dueOn: CalendarDay
        public var firstAnsweredOn: CalendarDay?
        public var rating: Int?

        public init(receivedOn: CalendarDay, dueOn: CalendarDay, firstAnsweredOn: CalendarDay?, rating: Int?) {
            self.receivedOn = receivedOn
            self.dueOn = dueOn
            self.firstAnsweredOn = firstAnsweredOn
            self.rating = rating
        }
    }

    public var count: Int
    public var answered: Int
    /// Median working days from arrival to the first answer, among answered inquiries.
    public var medianWorkingDaysToAnswer: Double?
    /// Share of inquiries whose promise date has come (or that were answered) that were answered in time.
    public var shareAnsweredInTime: Double?
    public var ratings: Int
    public var averageRating: Double?

    public init(count: Int = 0, answered: Int = 0, medianWorkingDaysToAnswer: Double? = nil, shareAnsweredInTime: Double? = nil,
                ratings: Int = 0, averageRating: Double? = nil) {
        self.count = count
        self.answered = answered
        self.medianWorkingDaysToAnswer = medianWorkingDaysToAnswer
        self.shareAnsweredInTime = shareAnsweredInTime
        self.ratings = ratings
        self.averageRating = averageRating
    }

    /// `today` decides which unanswered inquiries already count as late; ones still within
    /// their promise are left out of the share, since they may yet be answered in time.
    public init(_ facts: [Fact], today: CalendarDay) {
        let days = facts.compactMap { fact in fact.firstAnsweredOn.map { SwedishCalendar.workingDays(from: fact.receivedOn, to: $0) } }
        let judged = facts.filter { $0.firstAnsweredOn != nil || $0.dueOn < today }
        let inTime = judged.filter { fact in fact.firstAnsweredOn.map { $0 <= fact.dueOn } ?? false }
        let ratings = facts.compactMap(\.rating)
        self.init(count: facts.count, answered: days.count, medianWorkingDaysToAnswer: Self.median(days),
                  shareAnsweredInTime: judged.isEmpty ? nil : Double(inTime.count) / Double(judged.count),
                  ratings: ratings.count,
                  averageRating: ratings.isEmpty ? nil : Double(ratings.reduce(0, +)) / Double(ratings.count))
    }

    public static func median(_ values: [Int]) -> Double? {
        guard !values.isEmpty else { return nil }
        let sorted = values.sorted()
        let middle = sorted.count / 2
        return sorted.count % 2 == 1 ? Double(sorted[middle]) : Double(sorted[middle - 1] + sorted[middle]) / 2
    }
}
