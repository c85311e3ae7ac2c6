import Vapor
import Fluent
import SQLKit
import Domain

/// The inquiry statistics' counts, a row per department, month received, measure and bucket
/// (`InquiryStatistics.Counter`), kept by every change of an inquiry in its own transaction.
/// A year at national scale is a few thousand rows, so its figures take milliseconds.
package enum InquiryCounts {
    package static let schema = "inquiry_counts"

    /// What the counts know of one inquiry.
    package struct Entry: Sendable, Equatable {
        package var departmentID: UUID
        package var received: CalendarDay
        package var fact: InquiryStatistics.Fact

        package init(_ inquiry: Inquiry) {
            self.init(departmentID: inquiry.$department.id, receivedAt: inquiry.receivedAt, dueAt: inquiry.dueAt,
                      firstAnsweredAt: inquiry.firstAnsweredAt, rating: inquiry.rating)
        }

        package init(departmentID: UUID, receivedAt: Date, dueAt: Date, firstAnsweredAt: Date?, rating: Int?) {
            self.departmentID = departmentID
            received = CalendarDay(receivedAt)
            fact = InquiryStatistics.Fact(receivedOn: received, dueOn: CalendarDay(dueAt.addingTimeInterval(-1)),
                                          firstAnsweredOn: firstAnsweredAt.map(CalendarDay.init), rating: rating)
        }
    }

    private struct Period: Hashable {
        package var departmentID: UUID
        package var year: Int
        package var month: Int

        package init(_ entry: Entry) {
            departmentID = entry.departmentID
            year = entry.received.year
            month = entry.received.month
        }
    }

    /// Moves an inquiry from the counts it had (nil: it is new) to those it has now.
    package static func record(from before: Entry?, to after: Entry?, on db: any Database) async throws {
        guard before != after else { return }
        var changes: [Period: [InquiryStatistics.Counter: Int]] = [:]
        if let before, let after, Period(before) == Period(after) {
            changes[Period(after)] = InquiryStatistics.delta(from: before.fact, to: after.fact)
        } else {
            if let before { changes[Period(before)] = InquiryStatistics.delta(from: before.fact, to: nil) }
            if let after { changes[Period(after)] = InquiryStatistics.delta(from: nil, to: after.fact) }
        }
        try await add(changes, on: db)
    }

    private static func add(_ changes: [Period: [InquiryStatistics.Counter: Int]], on db: any Database) async throws {
        let rows = changes.flatMap { period, counters in counters.map { (period, $0.key, $0.value) } }
        let sql = db as! any SQLDatabase
        // 6 values a row, under SQLite's 999 bound variables per statement.
        for start in stride(from: 0, to: rows.count, by: 150) {
            var insert = sql.insert(into: schema).columns("department_id", "year", "month", "measure", "bucket", "tally")
            for (period, counter, tally) in rows[start..<min(start + 150, rows.count)] {
                insert = insert.values([SQLBind(period.departmentID), SQLBind(period.year), SQLBind(period.month),
                                        SQLBind(counter.measure.rawValue), SQLBind(counter.bucket), SQLBind(tally)])
            }
            try await insert.onConflict(with: ["department_id", "year", "month", "measure", "bucket"]) {
                $0.set("tally", to: SQLBinaryExpression(left: SQLColumn("tally", table: schema), op: SQLBinaryOperator.add,
                                                        right: SQLExcludedColumn("tally")))
            }.run()
        }
    }

    /// The year's counts per department.
    package static func year(_ year: Int, on db: any Database) async throws -> [UUID: [InquiryStatistics.Counter: Int]] {
        struct Row: Decodable { var department_id: UUID; var measure: String; var bucket: Int; var tally: Int }
        let rows = try await (db as! any SQLDatabase).select()
            .columns("department_id", "measure", "bucket").column(SQLRaw("CAST(SUM(tally) AS BIGINT)"), as: "tally") // PostgreSQL's SUM of a bigint is numeric
            .from(schema).where("year", .equal, year).groupBy("department_id").groupBy("measure").groupBy("bucket")
            .all(decoding: Row.self)
        var counts: [UUID: [InquiryStatistics.Counter: Int]] = [:]
        for row in rows {
            guard let measure = InquiryStatistics.Measure(rawValue: row.measure) else { continue }
            counts[row.department_id, default: [:]][InquiryStatistics.Counter(measure, row.bucket)] = row.tally
        }
        return counts
    }

    package static func firstYear(on db: any Database) async throws -> Int? {
        let row = try await (db as! any SQLDatabase).select().column(SQLFunction("MIN", args: SQLColumn("year")), as: "first")
            .from(schema).first()
        return try row?.decode(column: "first", as: Int?.self) ?? nil
    }

    /// Counts every inquiry again, one department at a time: after rows were written in bulk
    /// (the demo, `seed --scale`) and when the table is made for an existing database.
    package static func rebuild(on db: any Database) async throws {
        struct Row: Decodable { var received_at: Date; var due_at: Date; var first_answered_at: Date?; var rating: Int? }
        let sql = db as! any SQLDatabase
        try await sql.delete(from: schema).run()
        for department in try await Department.query(on: db).all() {
            var changes: [Period: [InquiryStatistics.Counter: Int]] = [:]
            for row in try await sql.select().columns("received_at", "due_at", "first_answered_at", "rating")
                .from(Inquiry.schema).where("department_id", .equal, department.id!).all(decoding: Row.self) {
                let entry = Entry(departmentID: department.id!, receivedAt: row.received_at, dueAt: row.due_at,
                                  firstAnsweredAt: row.first_answered_at, rating: row.rating)
                for counter in InquiryStatistics.counters(of: entry.fact) { changes[Period(entry), default: [:]][counter, default: 0] += 1 }
            }
            try await add(changes, on: db)
        }
    }
}
