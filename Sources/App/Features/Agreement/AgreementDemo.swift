import Vapor
import Fluent

/// The demo's agreement pages (Resources/Demo/agreement-texts.json) and departments' decisions
/// to join. Any municipality gets the pages as a starting point to edit.
enum AgreementDemo {
    struct Text: Codable {
        var slug: String
        var titleSv: String
        var bodySv: String
        var easyReadSv: String
        var titleEn: String
        var bodyEn: String
    }

    static func texts() throws -> [Text] {
        guard let url = Bundle.module.url(forResource: "agreement-texts", withExtension: "json", subdirectory: "Resources/Demo") else {
            throw ConfigProblem(message: "agreement-texts.json is missing from the app's resources")
        }
        return try JSONDecoder().decode([Text].self, from: Data(contentsOf: url))
    }

    /// The Örebro demo gets the full texts; another municipality gets the same pages with a
    /// placeholder to replace, since the demo's facts are Örebro's.
    static func seedTexts(full: Bool, in change: Change) async throws {
        for (index, text) in try texts().enumerated() {
            let placeholder = "Den här texten är inte skriven än. Administratören skriver den under Administration → Överenskommelsen."
            try await AgreementText(slug: text.slug, position: index, titleSv: text.titleSv, bodySv: full ? text.bodySv : placeholder,
                                    easyReadSv: full ? text.easyReadSv : "", titleEn: text.titleEn, bodyEn: full ? text.bodyEn : "",
                                    publishedAt: full ? change.now : nil)
                .create(on: change.db)
        }
        try await change.audit("agreement.text.seed", "agreement_text", "all", full ? "demo texts" : "placeholders")
    }

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
            let date = DemoDates.day(decision.year, decision.month, 14)
            try await app.change(label: "demo") { change in
                try await Ledger.record(Ledger.Entry(kind: .joined, decidedOn: date, signatoryRole: "", decisionReference: decision.reference),
                                        for: .department(department), by: recorder, in: change)
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
