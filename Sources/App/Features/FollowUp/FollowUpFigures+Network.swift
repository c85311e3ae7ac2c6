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
                    .count(attended), .count(attendance.held), .share(NetworkRules.share(attended: attended, held: attendance.held)),
                ])
            })
    }
}
