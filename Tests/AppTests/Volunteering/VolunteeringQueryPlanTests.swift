@testable import App
import Testing
import Vapor
import Fluent
import SQLKit
import Domain

/// The assignment list with each filter, an assignment's page and the organiser's lists use indexes.
@Suite("Query plans: volunteering")
struct VolunteeringQueryPlanTests {
    static let tables = ["volunteer_assignments", "volunteer_assignment_districts", "volunteer_interests"]

    @Test("the list with each filter and search, an assignment by slug, its districts, its interest and the counts")
    func volunteering() async throws {
        try await TestApp.run { ctx in
            let sql = ctx.app.db as! any SQLDatabase
            let id = UUID()
            func list(_ condition: SQLQueryString?) -> SQLSelectBuilder {
                let select = sql.select().column("*").from("volunteer_assignments")
                    .where("closes", .greaterThanOrEqual, "2027-01-01").where(SQLColumn("closed_at"), .is, SQLLiteral.null)
                if let condition { select.where(condition) }
                return select.orderBy("created_at", .descending).orderBy("id").limit(25).offset(25)
            }
            let queries: [(String, SQLSelectBuilder)] = [
                ("open", list(nil)),
                ("district", list("volunteer_assignments.id IN (SELECT assignment_id FROM volunteer_assignment_districts WHERE district_id = \(bind: id))")),
                ("target group", list("target_group = \(bind: "youth")")),
                ("youth", list("minimum_age <= \(bind: 16)")),
                ("search", list(CreateVolunteerAssignments.search.condition(SearchTerms("läxhjälp arabiska"), on: sql))),
                ("an organiser's", sql.select().column("*").from("volunteer_assignments").where("organiser_key", .in, SQLBind.group(["d:x", "a:y"]))
                    .orderBy("created_at", .descending).limit(25)),
                ("by slug", sql.select().column("*").from("volunteer_assignments").where("slug", .equal, "x")),
                ("districts of a page", sql.select().column("*").from("volunteer_assignment_districts").where("assignment_id", .in, SQLBind.group([id]))),
                ("interest of one", sql.select().column("*").from("volunteer_interests").where("assignment_id", .equal, id).orderBy("created_at").limit(2000)),
                ("already shown", sql.select().column("id").from("volunteer_interests").where("assignment_id", .equal, id).where("email", .equal, "a@b.se")),
                ("by token", sql.select().column("*").from("volunteer_interests").where("token", .equal, "t")),
                ("counts", sql.select().column("assignment_id").column("status").column(SQL.count, as: "n").from("volunteer_interests")
                    .where("assignment_id", .in, SQLBind.group([id])).groupBy("assignment_id").groupBy("status")),
            ]
            try await QueryPlan.expectIndexed(queries, tables: Self.tables, on: ctx.app.db)
        }
    }
}
