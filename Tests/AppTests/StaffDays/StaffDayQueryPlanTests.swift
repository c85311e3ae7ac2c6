@testable import App
import Testing
import Vapor
import Fluent
import SQLKit
import Domain

/// One's own log, a department's year and the yearly figures use indexes.
@Suite("Query plans: staff days")
struct StaffDayQueryPlanTests {
    static let tables = ["staff_days", "staff_day_goals", "staff_day_targets"]

    @Test("the log, the department's year, the sums per department and goal, the goals of a page")
    func staffDays() async throws {
        try await TestApp.run { ctx in
            let sql = ctx.app.db as! any SQLDatabase
            let id = UUID()
            let queries: [(String, SQLSelectBuilder)] = [
                ("own log", sql.select().column("*").from("staff_days").where("user_id", .equal, id).orderBy("day", .descending).limit(25)),
                ("department's year", sql.select().column("*").from("staff_days").where("department_id", .equal, id).where("year", .equal, 2027)
                    .orderBy("day", .descending).limit(25)),
                ("sum per department", sql.select().column("department_id").column(SQLFunction("sum", args: SQLColumn("halves")), as: "h")
                    .from("staff_days").where("year", .equal, 2027).groupBy("department_id")),
                ("sum per goal", sql.select().column("goal").column(SQLFunction("sum", args: SQLColumn("halves")), as: "h")
                    .from("staff_day_goals").where("year", .equal, 2027).groupBy("goal")),
                ("goals of a page", sql.select().column("*").from("staff_day_goals").where("staff_day_id", .in, SQLBind.group([id]))),
                ("an association's year", sql.select().column("*").from("staff_days").where("association_id", .equal, id).where("year", .equal, 2027)),
                ("targets of a year", sql.select().column("*").from("staff_day_targets").where("year", .equal, 2027)),
                ("a department's target", sql.select().column("*").from("staff_day_targets").where("department_id", .equal, id).where("year", .equal, 2027)),
            ]
            try await QueryPlan.expectIndexed(queries, tables: Self.tables, on: ctx.app.db)
        }
    }
}
