import Vapor
import Fluent
import SQLKit
import Domain
import App

/// Projects in proportion to `seed --scale N`: one per 20 associations, every status and form,
/// started by a department or an association, each with a confirmed association partner, one or
/// two districts, two goals and a target group — so the project list, its filters and search,
/// and the projects API are measured at national scale.
struct SyntheticProjects: Sendable {
    let count: Int
    let districts: [UUID]
    let departments: [UUID]
    let now: Date
    static let associationsPerProject = 20
    static let batchSize = 500

    var projectCount: Int { max(1, count / Self.associationsPerProject) }

    static let words = ["Läxhjälp", "Språkcafé", "Mötesplats", "Simskola", "Odling", "Trygghetsvandring", "Föräldraträff", "Sommarlov",
                        "Kulturkväll", "Motion för äldre", "Cykelkök", "Matbank"]

    func run(on db: any Database) async throws {
        guard !districts.isEmpty, !departments.isEmpty else { return }
        try await SyntheticConsultations.inBatches(of: Self.batchSize, count: projectCount, on: db) { indexes, sql in
            // Two verified associations per project: the owner (every other one) and a partner.
            let associations = try await sql.select().column("id").from(Association.schema).where("status", .equal, "verified")
                .orderBy("id").limit(indexes.count * 2).offset(indexes.lowerBound * 2).all().map { try $0.decode(column: "id", as: UUID.self) }
            guard associations.count >= 2 else { return }
            try await insert(indexes, associations: associations, on: sql)
        }
    }

    private func insert(_ indexes: Range<Int>, associations: [UUID], on sql: any SQLDatabase) async throws {
        var projects = sql.insert(into: Project.schema).columns(
            "id", "created_at", "updated_at", "slug", "title", "summary", "easy_read", "body", "status", "form", "starts_on", "ends_on",
            "contact_name", "contact_email", "owner_key", "owner_association_id", "owner_department_id", "featured", "outcome")
        var partners = sql.insert(into: ProjectPartner.schema).columns(
            "id", "project_id", "party_key", "association_id", "department_id", "role", "status", "commitment", "invited_at", "answered_at")
        var places = sql.insert(into: ProjectDistrict.schema).columns("id", "project_id", "district_id")
        var goals = sql.insert(into: ProjectGoal.schema).columns("id", "project_id", "goal")
        var groups = sql.insert(into: ProjectTargetGroup.schema).columns("id", "project_id", "target_group")
        let today = CalendarDay(now)
        for (offset, index) in indexes.enumerated() {
            let id = UUID()
            let partner = associations[(offset * 2 + 1) % associations.count]
            let byAssociation = index % 2 == 0
            let owner: Party = byAssociation ? .association(AssociationID(associations[(offset * 2) % associations.count]))
                                             : .department(DepartmentID(departments[index % departments.count]))
            let status = ProjectStatus.allCases[index % ProjectStatus.allCases.count]
            let district = districts[index % districts.count]
            let title = "\(Self.words[index % Self.words.count]) \(index + 1)"
            let changed = now.addingTimeInterval(-Double(index % 365) * 86_400)
            var ownerAssociation: UUID?, ownerDepartment: UUID?
            switch owner {
            case .association(let a): ownerAssociation = a.uuid
            case .department(let d): ownerDepartment = d.uuid
            }
            projects = projects.values([
                id, changed, changed, "projekt-\(index + 1)", title, "\(title): föreningar och kommunen gör det tillsammans.",
                "Vi gör \(title.lowercased()) tillsammans.", "", status.rawValue, LadderStep.allCases[index % 4].rawValue,
                CalendarDay(dayNumber: today.dayNumber - index % 300).description, CalendarDay(dayNumber: today.dayNumber + 200).description,
                "Kontakt \(index)", "", owner.description, ownerAssociation, ownerDepartment, index % 97 == 0 && status == .finished,
                status == .finished ? "Det blev bra." : "",
            ] as [any Encodable & Sendable])
            for (party, role) in [(owner, PartnerRole.lead), (Party.association(AssociationID(partner)), .partner)] {
                var association: UUID?, department: UUID?
                switch party {
                case .association(let a): association = a.uuid
                case .department(let d): department = d.uuid
                }
                partners = partners.values([UUID(), id, party.description, association, department, role.rawValue, PartnerStatus.confirmed.rawValue, "",
                                            changed, changed] as [any Encodable & Sendable])
            }
            places = places.values([UUID(), id, district] as [any Encodable & Sendable])
            if index % 3 == 0 { places = places.values([UUID(), id, districts[(index + 5) % districts.count]] as [any Encodable & Sendable]) }
            for goal in Set([1 + index % 17, 1 + (index * 7) % 17]) { goals = goals.values([UUID(), id, goal] as [any Encodable & Sendable]) }
            groups = groups.values([UUID(), id, TargetGroup.allCases[index % TargetGroup.allCases.count].rawValue] as [any Encodable & Sendable])
        }
        try await projects.run()
        try await partners.run()
        try await places.run()
        try await goals.run()
        try await groups.run()
    }
}
