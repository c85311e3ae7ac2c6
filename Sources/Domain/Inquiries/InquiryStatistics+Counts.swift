import Foundation

/// The statistics as counts that writes keep, per department and month received: an inquiry
/// adds its counters when it arrives, and each change moves it from the counters it had to the
/// ones it has, so a year's figures are a sum over a few hundred rows instead of a read of
/// every inquiry. The median cannot be summed, so the working days to the first answer are kept
/// as a histogram (small integers), which can; unanswered inquiries are kept by promise day,
/// so "late" is decided by the day the figures are read, as the full count decides it.
extension InquiryStatistics {
    public enum Measure: String, Sendable, CaseIterable {
        case received
        /// Bucket: working days from arrival to the first answer.
        case daysToAnswer = "days"
        case answeredInTime = "in_time"
        /// Bucket: the rating given (1–5).
        case rating
        /// Not answered yet. Bucket: the promised day's number; late once that day has passed.
        case openUntil = "open_until"
    }

    public struct Counter: Hashable, Sendable {
        public var measure: Measure
        public var bucket: Int

        public init(_ measure: Measure, _ bucket: Int = 0) {
            self.measure = measure
            self.bucket = bucket
        }
    }

    /// What one inquiry adds to the counts of its department and month.
    public static func counters(of fact: Fact) -> [Counter] {
        var counters = [Counter(.received)]
        if let answered = fact.firstAnsweredOn {
            counters.append(Counter(.daysToAnswer, SwedishCalendar.workingDays(from: fact.receivedOn, to: answered)))
            if answered <= fact.dueOn { counters.append(Counter(.answeredInTime)) }
        } else {
            counters.append(Counter(.openUntil, fact.dueOn.dayNumber))
        }
        if let rating = fact.rating { counters.append(Counter(.rating, rating)) }
        return counters
    }

    /// What a change does to the counts: the inquiry as it was taken out, as it is put in.
    /// Counters that come out even are left out, so an unchanged inquiry writes nothing.
    public static func delta(from before: Fact?, to after: Fact?) -> [Counter: Int] {
        var delta: [Counter: Int] = [:]
        for counter in before.map(counters) ?? [] { delta[counter, default: 0] -= 1 }
        for counter in after.map(counters) ?? [] { delta[counter, default: 0] += 1 }
        return delta.filter { $0.value != 0 }
    }

    /// The figures from summed counts; `today` decides which unanswered inquiries are late.
    public init(counts: [Counter: Int], today: CalendarDay) {
        var received = 0, judged = 0, inTime = 0, ratings = 0, ratingSum = 0
        var grades = Array(repeating: 0, count: 5)
        var daysToAnswer: [Int: Int] = [:]
        let todayNumber = today.dayNumber
        for (counter, tally) in counts where tally != 0 {
            switch counter.measure {
            case .received: received += tally
            case .daysToAnswer: daysToAnswer[counter.bucket, default: 0] += tally
            case .answeredInTime: inTime += tally
            case .rating:
                ratings += tally
                ratingSum += tally * counter.bucket
                if (1...5).contains(counter.bucket) { grades[counter.bucket - 1] += tally }
            case .openUntil: if counter.bucket < todayNumber { judged += tally }
            }
        }
        let answered = daysToAnswer.values.reduce(0, +)
        judged += answered
        self.init(count: received, answered: answered,
                  medianWorkingDaysToAnswer: Accumulator.median(daysToAnswer.filter { $0.value != 0 }, total: answered),
                  shareAnsweredInTime: judged == 0 ? nil : Double(inTime) / Double(judged), ratings: ratings,
                  averageRating: ratings == 0 ? nil : Double(ratingSum) / Double(ratings), ratingsByGrade: grades)
    }
}
