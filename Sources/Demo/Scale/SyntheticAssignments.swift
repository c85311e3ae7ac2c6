import Vapor
import Fluent
import SQLKit
import Domain
import App

/// Volunteer assignments in proportion to `seed --scale N`: one per 20 associations, published by
/// an association (three in four) or a department, every timing and target group, one or two
/// districts, a third open to young people, most still open (a tenth past their last day, a
/// twentieth closed early), and two interests each for every third — so the assignment list, its
/// filters and search, the figures and the volunteering API are measured at national scale.
struct SyntheticAssignments: Sendable {
    let count: Int
    let districts: [UUID]
    let departments: [UUID]
    let now: Date
    static let associationsPerAssignment = 20
    static let batchSize = 500

    var assignmentCount: Int { max(1, count / Self.associationsPerAssignment) }

    static let words = ["Läxhjälp", "Språkvän", "Fixare", "Simträning", "Stadsodling", "Nattvandring", "Matkasse", "Cykelreparation",
                        "Högläsning", "Promenadvän", "Domare", "Café"]

    func run(on db: any Database) async throws {
        guard !districts.isEmpty, !departments.isEmpty else { return }
        try await SyntheticConsultations.inBatches(of: Self.batchSize, count: assignmentCount, on: db) { indexes, sql in
            let associations = try await sql.select().column("id").from(Association.schema).where("status", .equal, "verified")
                .orderBy("id").limit(indexes.count).offset(indexes.lowerBound).all().map { try $0.decode(column: "id", as: UUID.self) }
            guard !associations.isEmpty else { return }
            try await insert(indexes, associations: associations, on: sql)
        }
    }

    private func insert(_ indexes: Range<Int>, associations: [UUID], on sql: any SQLDatabase) async throws {
        var rows = sql.insert(into: VolunteerAssignment.schema).columns(
            "id", "created_at", "updated_at", "slug", "organiser_key", "organiser_association_id", "organiser_department_id", "title",
            "summary", "easy_read", "description", "target_group", "place", "remote", "timing", "day", "schedule", "effort", "minimum_age",
            "languages", "needs_record_extract", "perks", "needed", "closes", "closed_at", "contact_name", "contact_email", "for_staff")
        var places = sql.insert(into: VolunteerAssignmentDistrict.schema).columns("id", "assignment_id", "district_id")
        var interests = sql.insert(into: VolunteerInterest.schema).columns(
            "id", "assignment_id", "created_at", "name", "email", "phone", "message", "status", "token", "answer")
        let today = CalendarDay(now)
        for (offset, index) in indexes.enumerated() {
            let id = UUID()
            let byAssociation = index % 4 != 0
            let association: UUID? = byAssociation ? associations[offset % associations.count] : nil
            let department: UUID? = byAssociation ? nil : departments[index % departments.count]
            let key = association.map { Party.association(AssociationID($0)).description }
                ?? Party.department(DepartmentID(department!)).description
            let timing = AssignmentTiming.allCases[index % AssignmentTiming.allCases.count]
            let created = now.addingTimeInterval(-Double(index % 365) * 86_400)
            let closes = CalendarDay(dayNumber: today.dayNumber + (index % 10 == 0 ? -3 : 30 + index % 200))
            let title = "\(Self.words[index % Self.words.count]) \(index + 1)"
            rows = rows.values([
                id, created, created, "uppdrag-\(index + 1)", key, association, department, title,
                "\(title): en insats för grannar i stadsdelen.", "Hjälp till med \(title.lowercased()).", "",
                TargetGroup.allCases[index % TargetGroup.allCases.count].rawValue, "", index % 7 == 0, timing.rawValue,
                timing == .once ? closes.description : nil, timing == .regular ? "Tisdagar 17–19" : "", "2 timmar",
                index % 3 == 0 ? VolunteerAge.youth : 18, index % 5 == 0 ? "svenska, arabiska" : "svenska", index % 6 == 0,
                "introduction insurance", 1 + index % 5, closes.description, index % 20 == 1 ? created : nil, "Kontakt \(index)",
                "kontakt\(index)@scale.example", byAssociation && index % 50 == 3,
            ] as [any Encodable & Sendable])
            places = places.values([UUID(), id, districts[index % districts.count]] as [any Encodable & Sendable])
            if index % 3 == 0 { places = places.values([UUID(), id, districts[(index + 5) % districts.count]] as [any Encodable & Sendable]) }
            guard index % 3 == 1 else { continue }
            for person in 0..<2 {
                let status = [InterestStatus.new, .welcomed, .declined][(index + person) % 3]
                interests = interests.values([
                    UUID(), id, created.addingTimeInterval(3_600 * Double(person + 1)), "Volontär \(index)-\(person)",
                    "volontar\(index)-\(person)@scale.example", "", "Jag vill gärna hjälpa till.", status.rawValue,
                    "scale-\(index)-\(person)", "",
                ] as [any Encodable & Sendable])
            }
        }
        try await rows.run()
        try await places.run()
        if indexes.contains(where: { $0 % 3 == 1 }) { try await interests.run() }
    }
}
