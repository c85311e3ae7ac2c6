import Vapor
import Fluent
import Domain

/// Contact-network attendance per department over the year's meetings (G3: "poor attendance").
extension FollowUpFigures {
    func network(_ departments: [Department]) async throws -> FollowUpTable {
        let attendance = try await NetworkStore.attendance(year: year, today: CalendarDay(now), on: db)
        return FollowUpTable(
            section: .network, columns: ["attended", "held", "shareAttended"], charted: [2],
            rows: departments.map { department in
                let attended = attendance.attended[department.id!] ?? 0
                return .init(key: department.slug, label: .name(department.name), values: [
                    .count(attended), .count(attendance.held), .share(MeetingRules.share(attended: attended, held: attendance.held)),
                ])
            })
    }
}

/// Commitments under the agreement per department for the year: written, and reported on.
extension FollowUpFigures {
    func commitments(_ departments: [Department]) async throws -> FollowUpTable {
        let rows = Dictionary(uniqueKeysWithValues: try await Commitment.query(on: db).filter(\.$year == year).all().map { ($0.$department.id, $0) })
        var written = 0, reported = 0
        var table = departments.map { department -> FollowUpTable.Row in
            let row = rows[department.id!]
            let wrote = row.map { !$0.commitments.isEmpty } ?? false, gave = row.map { !$0.report.isEmpty } ?? false
            written += wrote ? 1 : 0
            reported += gave ? 1 : 0
            return .init(key: department.slug, label: .name(department.name), values: [.count(wrote ? 1 : 0), .count(gave ? 1 : 0)])
        }
        table.append(.init(key: FollowUpTable.allKey, label: .term("followUp.row.all"), values: [.count(written), .count(reported)]))
        return FollowUpTable(section: .commitments, columns: ["commitmentsWritten", "commitmentsReported"], charted: [], rows: table)
    }
}
