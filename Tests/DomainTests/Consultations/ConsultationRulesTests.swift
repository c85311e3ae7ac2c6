import Testing
import Foundation
@testable import Domain

@Suite("Consultations: status follows the dates, in Stockholm time")
struct ConsultationRulesTests {
    static let dates = ConsultationDates(announced: CalendarDay(2026, 10, 1), opens: CalendarDay(2026, 11, 2), closes: CalendarDay(2026, 12, 11))

    /// A moment in Stockholm (winter: UTC+1).
    static func stockholm(_ day: CalendarDay, _ hour: Int, _ minute: Int = 0, _ second: Int = 0) -> Date {
        day.start.addingTimeInterval(Double(hour * 3600 + minute * 60 + second))
    }

    @Test("planned → open → closed at the edges of the days; compiled overrides the dates")
    func edges() {
        let d = Self.dates
        #expect(d.status(at: Self.stockholm(CalendarDay(2026, 11, 1), 23, 59, 59), compiled: false) == .planned)
        #expect(d.status(at: Self.stockholm(CalendarDay(2026, 11, 2), 0), compiled: false) == .open)
        #expect(d.status(at: Self.stockholm(CalendarDay(2026, 12, 11), 23, 59, 59), compiled: false) == .open)
        #expect(d.status(at: Self.stockholm(CalendarDay(2026, 12, 12), 0), compiled: false) == .closed)
        #expect(d.status(at: Self.stockholm(CalendarDay(2026, 11, 20), 12), compiled: true) == .compiled)
    }

    @Test("a response at 23:59:59 on the closing day is in time; at 00:00:00 the next day it is not")
    func responses() {
        let d = Self.dates
        #expect(d.acceptsResponses(at: Self.stockholm(CalendarDay(2026, 12, 11), 23, 59, 59)))
        #expect(!d.acceptsResponses(at: Self.stockholm(CalendarDay(2026, 12, 12), 0)))
        #expect(!d.acceptsResponses(at: Self.stockholm(CalendarDay(2026, 11, 1), 23, 59, 59)))
        #expect(d.daysLeft(at: Self.stockholm(CalendarDay(2026, 12, 11), 8)) == 1)
        #expect(d.daysLeft(at: Self.stockholm(CalendarDay(2026, 11, 26), 8)) == 16)
        #expect(d.daysLeft(at: Self.stockholm(CalendarDay(2026, 12, 12), 8)) == nil)
        #expect(!d.mayCompile(at: Self.stockholm(CalendarDay(2026, 12, 11), 23, 59, 59)))
        #expect(d.mayCompile(at: Self.stockholm(CalendarDay(2026, 12, 12), 0)))
    }

    @Test("a summer closing day ends at midnight summer time")
    func summer() {
        let d = ConsultationDates(announced: CalendarDay(2026, 6, 1), opens: CalendarDay(2026, 6, 1), closes: CalendarDay(2026, 6, 30))
        // 2026-06-30 21:59:59 UTC is 23:59:59 in Stockholm (UTC+2); 22:00:00 UTC is midnight.
        #expect(d.acceptsResponses(at: Date(timeIntervalSince1970: 1_782_856_799)))
        #expect(!d.acceptsResponses(at: Date(timeIntervalSince1970: 1_782_856_800)))
    }

    @Test("the form's checks: required fields, dates in order, known districts, whole links")
    func draft() {
        let d1 = DepartmentID.make(), x = DistrictID.make()
        func read(_ pairs: [(String, String)]) -> Result<ConsultationDraft, FieldErrors> {
            ConsultationDraft.read(FormFields([("departmentID", d1.description)] + pairs), departments: [d1], knownDistricts: [x])
        }
        guard case .failure(let empty) = read([]) else { Issue.record("passed"); return }
        #expect(Set(empty.errors.map(\.field)) == ["title", "caseNumber", "summary", "easyRead", "announced", "opens", "closes"])
        var form = [("title", "Plan"), ("caseNumber", "SBN 2026/1"), ("summary", "S"), ("easyRead", "E"), ("opens", "2026-11-01")]
        guard case .failure(let bad) = read(form + [("announced", "2026-12-01"), ("closes", "2026-10-01"), ("links", "www.example.org"),
                                                    ("districts", "nowhere")]) else { Issue.record("passed"); return }
        #expect(Dictionary(bad.errors.map { ($0.field, $0.messageKey) }) { a, _ in a } == [
            "announced": "error.consultation.announcedAfterOpening", "closes": "error.consultation.closesBeforeOpening",
            "links": "error.website", "districts": "error.choose",
        ])
        guard case .failure(let unknown) = read(form + [("announced", "2026-10-01"), ("closes", "2026-11-01"), ("districts", DistrictID.make().description)])
        else { Issue.record("an unknown district passed"); return }
        #expect(unknown.errors == [FieldError("districts", "error.choose")])
        form += [("announced", "2026-10-01"), ("closes", "2026-11-01"), ("links", "https://example.org/a.pdf\n\n"), ("districts", x.description.uppercased())]
        let checked = try? read(form).get()
        #expect(checked?.links == ["https://example.org/a.pdf"] && checked?.districtIDs == [x])
        #expect(checked?.dates.opens == checked?.dates.closes) // a one-day consultation is allowed
    }
}
