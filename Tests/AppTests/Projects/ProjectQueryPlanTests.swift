@testable import App
import Testing
import Vapor
import Fluent
import SQLKit
import Domain

/// The project list with each filter, and the lookups of a project page, use indexes.
@Suite("Query plans: projects")
struct ProjectQueryPlanTests {
    static let tables = ["projects", "project_partners", "project_districts", "project_goals", "project_target_groups", "project_entries"]

    @Test("the list with each filter and search, and a project's partners, tags and timeline")
    func projects() async throws {
        try await TestApp.run { ctx in
            let sql = ctx.app.db as! any SQLDatabase
            let id = UUID()
            func list(_ condition: SQLQueryString?) -> SQLSelectBuilder {
                let select = sql.select().column("*").from("projects")
                if let condition { select.where(condition) }
                return select.orderBy("updated_at", .descending).orderBy("id").limit(25).offset(25)
            }
            func within(_ table: String, _ column: String, _ value: some Encodable & Sendable) -> SQLQueryString {
                "projects.id IN (SELECT project_id FROM \(ident: table) WHERE \(ident: column) = \(bind: value))"
            }
            // With words, the tags are words of the search index on both databases.
            func words(_ district: UUID) -> SQLSelectBuilder {
                var filter = ProjectStore.Filter()
                (filter.terms, filter.goal, filter.district, filter.targetGroup) = (SearchTerms("språkcafé"), Sdg(4), DistrictID(district), .youth)
                let select = sql.select().column("*").from("projects")
                for condition in ProjectStore.conditions(filter, on: sql) { select.where(condition) }
                return select.orderBy("updated_at", .descending).orderBy("id").limit(25)
            }
            let queries: [(String, SQLSelectBuilder)] = [
                ("no filter", list(nil)),
                ("status", list("status = \(bind: "ongoing")")),
                ("form", list("form = \(bind: 4)")),
                ("district", list(within("project_districts", "district_id", id))),
                ("goal", list(within("project_goals", "goal", 4))),
                ("target group", list(within("project_target_groups", "target_group", "youth"))),
                ("department", list(within("project_partners", "department_id", id))),
                ("association", list(within("project_partners", "association_id", id))),
                ("search", list(IndexProjectTags.condition(SearchTerms("läxhjälp vivalla"), tags: [], on: sql))),
                ("search with a goal, a district and a group", words(id)),
                ("by slug", sql.select().column("*").from("projects").where("slug", .equal, "x")),
                ("partners of a page", sql.select().column("*").from("project_partners").where("project_id", .in, SQLBind.group([id]))),
                ("districts of a page", sql.select().column("*").from("project_districts").where("project_id", .in, SQLBind.group([id]))),
                ("goals of a page", sql.select().column("*").from("project_goals").where("project_id", .in, SQLBind.group([id]))),
                ("timeline", sql.select().column("*").from("project_entries").where("project_id", .equal, id).orderBy("at", .descending).limit(200)),
            ]
            try await QueryPlan.expectIndexed(queries, tables: Self.tables, on: ctx.app.db)
        }
    }
}
