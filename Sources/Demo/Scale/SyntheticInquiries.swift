import Vapor
import Fluent
import SQLKit
import Domain
import App

/// Two synthetic inquiries per synthetic association, for `seed --scale`: every topic and
/// state, received over the past year, some overdue, about a fifth rated. Written with the
/// association batch, in its transaction.
struct SyntheticInquiries: Sendable {
    let departments: [(id: UUID, days: Int)]
    let firstNumber: Int
    let now: Date
    static let perAssociation = 2

    func insert(for batch: [SyntheticAssociation], indexes: Range<Int>, on sql: any SQLDatabase) async throws {
        guard !departments.isEmpty else { return }
        var rows = sql.insert(into: Inquiry.schema).columns(
            "id", "created_at", "updated_at", "department_id", "association_id", "year", "number", "reference", "access_token",
            "topic", "question", "name", "email", "phone", "address", "channel", "received_via", "language", "status",
            "received_at", "due_at", "first_answered_at", "closed_at", "outcome", "rating", "rating_comment")
        let topics = InquiryTopic.allCases
        for (offset, association) in batch.enumerated() {
            let index = indexes.lowerBound + offset
            for k in 0..<Self.perAssociation {
                let n = index * Self.perAssociation + k
                let department = departments[n % departments.count]
                let received = now.addingTimeInterval(-Double((n * 7919) % 365) * 86_400 - Double(n % 9) * 3600)
                let day = CalendarDay(received)
                let due = SwedishCalendar.addingWorkingDays(department.days, to: day).end
                // received, in progress, answered, closed, closed and rated — by the quotient, so that every
                // department has inquiries at every stage (n % 5 ran in step with n % departments).
                let stage = (n / departments.count) % 5
                let answered: Date? = stage >= 2 ? received.addingTimeInterval(Double(1 + n % 9) * 86_400) : nil
                let closed: Date? = stage >= 3 ? answered?.addingTimeInterval(86_400) : nil
                let status: InquiryStatus = [.received, .inProgress, .answered, .closed, .closed][stage]
                let number = firstNumber + n
                let values: [any Encodable & Sendable] = [
                    UUID(), received, received, department.id, association.id, day.year, number,
                    InquiryReference(year: day.year, number: number).description, SecureToken.make(),
                    topics[n % topics.count].rawValue, "Fråga \(n) från \(association.name)", "Företrädare \(index)",
                    "representant\(index)@scale.example", "", "", AnswerChannel.email.rawValue, ReceivedVia.web.rawValue, "sv",
                    status.rawValue, received, due, answered, closed, closed == nil ? nil : InquiryOutcome.answered.rawValue,
                    stage == 4 ? 1 + n % 5 : nil, stage == 4 ? "" : nil,
                ]
                rows = rows.values(values)
            }
        }
        try await rows.run()
    }

    /// Moves every year's counter past the synthetic numbers, so new inquiries continue after them.
    func finish(count: Int, on db: any Database) async throws {
        let last = firstNumber + count * Self.perAssociation - 1
        let years = Set((0..<366).map { CalendarDay(now.addingTimeInterval(-Double($0) * 86_400)).year })
        for year in years {
            if let counter = try await InquiryCounter.find(year, on: db) {
                counter.last = max(counter.last, last)
                try await counter.update(on: db)
            } else {
                let counter = InquiryCounter()
                counter.id = year
                counter.last = last
                try await counter.create(on: db)
            }
        }
    }
}
