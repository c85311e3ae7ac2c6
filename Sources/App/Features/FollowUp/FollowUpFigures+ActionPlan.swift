import Vapor
import Fluent
import Domain

/// The action plan's progress: how many of the actions covering the year stood where at its
/// end (or today, in the year still running), each decided by `ActionPlanRules.status` on its
/// dated progress.
extension FollowUpFigures {
    func actionPlan() async throws -> FollowUpTable {
        let actions = try await ActionPlanController.covering(year, on: db).limit(10_000).all()
        let end = min(CalendarDay(now), CalendarDay(year, 12, 31))
        let ids = actions.compactMap(\.id)
        let lines = ids.isEmpty ? [] : try await ActionProgress.query(on: db).filter(\.$action.$id ~~ ids).filter(\.$day <= end.description)
            .sort(\.$createdAt).all()
        let byAction = Dictionary(grouping: lines, by: { $0.$action.id })
        var counts: [ActionStatus: Int] = [:]
        for action in actions {
            let status = ActionPlanRules.status(on: end, progress: (byAction[action.id!] ?? []).map { ($0.calendarDay, $0.status) })
            counts[status, default: 0] += 1
        }
        return FollowUpTable(
            section: .actionPlan, columns: ["actions", "shareOfActions"], charted: [0],
            rows: ActionStatus.allCases.map { status in
                let count = counts[status] ?? 0
                return .init(key: status.rawValue, label: .term("followUp.row.\(status.rawValue)"),
                             values: [.count(count), .share(actions.isEmpty ? nil : Double(count) / Double(actions.count))])
            })
    }
}
