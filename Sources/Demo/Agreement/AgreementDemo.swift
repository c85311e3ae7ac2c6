import Vapor
import Fluent
import Domain
import App

/// The demo's departments' decisions to join (the agreement's texts are the built-in
/// municipality's, seeded by the App with the municipality).
enum AgreementDemo {
    /// Departments that have joined by committee decision (demo), with the year and decision number.
    static let departmentDecisions: [(slug: String, year: Int, month: Int, reference: String)] = [
        ("kommunstyrelseforvaltningen", 2020, 6, "KS 2020/412 § 88"),
        ("kultur-och-fritidsforvaltningen", 2020, 9, "KFN 2020/77 § 41"),
        ("socialforvaltningen", 2020, 10, "SN 2020/190 § 102"),
        ("grundskoleforvaltningen", 2021, 3, "GRN 2021/35 § 18"),
        ("funktionsstodsforvaltningen", 2021, 5, "FSN 2021/58 § 37"),
        ("vard-och-omsorgsforvaltningen", 2022, 2, "VON 2022/21 § 9"),
        ("stadsbyggnadsforvaltningen", 2023, 4, "BN 2023/101 § 55"),
        ("orebrobostader", 2022, 11, "ÖBO styrelse 2022-11-15 § 6"),
    ]

    static func seedDepartmentDecisions(_ app: Application, recorder: User) async throws {
        for decision in departmentDecisions {
            guard let department = try await Department.query(on: app.db).filter(\.$slug == decision.slug).first() else { continue }
            let form = FormFields(["decidedOn": CalendarDay(decision.year, decision.month, 14).description,
                                   "decisionReference": decision.reference])
            try await app.change(label: "demo") { change in
                try await Ledger.record(.joined, form, for: .department(department.id!), by: recorder, in: change)
            }
        }
    }
}

enum DemoDates {
    static func day(_ year: Int, _ month: Int, _ day: Int) -> Date {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "Europe/Stockholm")!
        return calendar.date(from: DateComponents(year: year, month: month, day: day))!
    }
}
