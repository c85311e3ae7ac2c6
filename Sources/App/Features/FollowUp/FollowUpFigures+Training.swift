import Foundation
import Fluent
import SQLKit
import Domain

extension FollowUpFigures {
    /// Trainings held in the year: who registered and who came, per group (staff, politicians,
    /// associations, residents, and those registered before the question was asked), then staff
    /// and politicians per department — the reach of the training on the agreement (N1, G8). A
    /// department nobody registered from is left out: the printed report stays within ten pages,
    /// and "not there" reads as what it is.
    func training(_ departments: [Department]) async throws -> FollowUpTable? {
        let rows = try await sql.raw(trainingStatement).all()
        // A year without a training's registration leaves the table out rather than showing it empty.
        guard !rows.isEmpty else { return nil }
        var byGroup: [String: (Int, Int)] = [:], byDepartment: [UUID: (Int, Int)] = [:]
        for row in rows {
            let counts = (try row.count("registered"), try row.count("attended"))
            let group = try row.decode(column: "g", as: String?.self) ?? "unknown"
            byGroup[group] = ((byGroup[group]?.0 ?? 0) + counts.0, (byGroup[group]?.1 ?? 0) + counts.1)
            if let department = try row.decode(column: "d", as: UUID?.self) {
                byDepartment[department] = ((byDepartment[department]?.0 ?? 0) + counts.0, (byDepartment[department]?.1 ?? 0) + counts.1)
            }
        }
        func values(_ pair: (Int, Int)?) -> [FollowUpTable.Value] { [.count(pair?.0 ?? 0), .count(pair?.1 ?? 0)] }
        let groups = AttendeeGroup.allCases.map(\.rawValue) + (byGroup["unknown"] == nil ? [] : ["unknown"])
        return FollowUpTable(
            section: .training, columns: ["registered", "attended"], charted: [1],
            rows: groups.map { .init(key: "group-\($0)", label: .term("attendeeGroup.\($0)"), values: values(byGroup[$0])) }
                + departments.filter { byDepartment[$0.id!] != nil }
                    .map { .init(key: $0.slug, label: .name($0.name), values: values(byDepartment[$0.id!])) })
    }

    /// Confirmed and attended registrations of the year's trainings (not cancelled), by group and department.
    var trainingStatement: SQLQueryString {
        """
        SELECT r.attendee_group AS g, r.department_id AS d,
        SUM(CASE WHEN r.status = \(bind: RegistrationStatus.confirmed.rawValue) THEN 1 ELSE 0 END) AS registered,
        SUM(CASE WHEN r.attended AND r.status = \(bind: RegistrationStatus.confirmed.rawValue) THEN 1 ELSE 0 END) AS attended
        FROM \(ident: Event.schema) e JOIN \(ident: EventRegistration.schema) r ON r.event_id = e.id
        WHERE e.kind = \(bind: EventKind.training.rawValue) AND e.starts_at >= \(bind: from) AND e.starts_at < \(bind: to)
        AND e.cancelled_at IS NULL GROUP BY r.attendee_group, r.department_id
        """
    }
}
