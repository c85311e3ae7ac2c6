import Vapor
import Fluent
import Domain

/// The action plan's progress: how many of the actions covering the year stood where at its
/// end (or today, in the year still running), each decided by `ActionPlanRules.status` on its
/// dated progress.
extension FollowUpFigures {
    func actionPlan() async throws -> FollowUpTable {
        let actions = try await ActionPlanController.covering(year, on: db).limit(10_000).all()
        let statuses = try await ActionPlanController.statuses(actions, on: min(CalendarDay(now), CalendarDay(year, 12, 31)), db: db)
        let counts = Dictionary(grouping: statuses.values, by: { $0 }).mapValues(\.count)
        return FollowUpTable(
            section: .actionPlan, columns: ["actions", "shareOfActions"], charted: [0],
            rows: ActionStatus.allCases.map { status in
                let count = counts[status] ?? 0
                return .init(key: status.rawValue, label: .term("followUp.row.\(status.rawValue)"),
                             values: [.count(count), .share(actions.isEmpty ? nil : Double(count) / Double(actions.count))])
            })
    }
}
