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
    /// How many ratings gave each grade: index 0 is grade 1, index 4 grade 5 (an average hides the spread).
    public var ratingsByGrade: [Int]

    public init(count: Int = 0, answered: Int = 0, medianWorkingDaysToAnswer: Double? = nil, shareAnsweredInTime: Double? = nil,
                ratings: Int = 0, averageRating: Double? = nil, ratingsByGrade: [Int] = Array(repeating: 0, count: 5)) {
        self.count = count
        self.answered = answered
        self.medianWorkingDaysToAnswer = medianWorkingDaysToAnswer
        self.shareAnsweredInTime = shareAnsweredInTime
        self.ratings = ratings
        self.averageRating = averageRating
        self.ratingsByGrade = ratingsByGrade
    }

    /// `today` decides which unanswered inquiries already count as late; ones still within
    /// their promise are left out of the share, since they may yet be answered in time.
    public init(_ facts: [Fact], today: CalendarDay) {
        var accumulator = Accumulator(today: today)
        for fact in facts { accumulator.add(fact) }
        self = accumulator.statistics
    }

    /// The same figures gathered one inquiry at a time, keeping only counts: at national scale
    /// a year is ~450 000 inquiries, and holding them (and filtered copies) took 150 MB.
    public struct Accumulator: Sendable {
        let today: CalendarDay
        var count = 0
        /// Working days to the first answer → how many inquiries took that long.
        var daysToAnswer: [Int: Int] = [:]
        var judged = 0
        var inTime = 0
        var ratings = 0
        var ratingSum = 0
        var grades = Array(repeating: 0, count: 5)

        public init(today: CalendarDay) {
            self.today = today
        }

        public mutating func add(_ fact: Fact) {
            count += 1
            if let answered = fact.firstAnsweredOn {
                daysToAnswer[SwedishCalendar.workingDays(from: fact.receivedOn, to: answered), default: 0] += 1
                judged += 1
                if answered <= fact.dueOn { inTime += 1 }
            } else if fact.dueOn < today {
                judged += 1
            }
            if let rating = fact.rating {
                ratings += 1
                ratingSum += rating
                if (1...5).contains(rating) { grades[rating - 1] += 1 }
            }
        }

        public var statistics: InquiryStatistics {
            let answered = daysToAnswer.values.reduce(0, +)
            return InquiryStatistics(
                count: count, answered: answered, medianWorkingDaysToAnswer: Self.median(daysToAnswer, total: answered),
                shareAnsweredInTime: judged == 0 ? nil : Double(inTime) / Double(judged), ratings: ratings,
                averageRating: ratings == 0 ? nil : Double(ratingSum) / Double(ratings), ratingsByGrade: grades)
        }

        /// The median of values given as value → how many times it occurs.
        static func median(_ histogram: [Int: Int], total: Int) -> Double? {
            guard total > 0 else { return nil }
            func value(at index: Int) -> Int {
                var seen = 0
                for (value, times) in histogram.sorted(by: { $0.key < $1.key }) {
                    seen += times
                    if index < seen { return value }
                }
                return 0
            }
            return total % 2 == 1 ? Double(value(at: total / 2)) : Double(value(at: total / 2 - 1) + value(at: total / 2)) / 2
        }
    }

    public static func median(_ values: [Int]) -> Double? {
        Accumulator.median(values.reduce(into: [:]) { $0[$1, default: 0] += 1 }, total: values.count)
    }
}
