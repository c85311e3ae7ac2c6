import Foundation
import SQLKit
import Domain
import Views

/// The projects API's reading, without models: the page's columns and its total by one SQL
/// statement, then every item's partners with their names, districts, target groups and goals in one.
/// Decoding whole Fluent models was a third of the uncached API's CPU at national scale (perf, see
/// bench/RESULTS.md), and each statement on SQLite costs a thread hop, so their number is the
/// answer's latency. The filter is `ProjectStore.conditions`, the same as the list page's.
extension ProjectsAPIController {
    /// The columns of a project that an API item shows.
    struct Head: Sendable {
        var id: UUID
        var slug: String, title: String, summary: String, status: String
        var form: Int
        var starts: String?, ends: String?

        static let columns = ["id", "slug", "title", "summary", "status", "form", "starts_on", "ends_on"].map { SQLColumn($0, table: Project.schema) }

        init(_ project: Project) {
            (id, slug, title, summary) = (project.id!, project.slug, project.title, project.summary)
            (status, form, starts, ends) = (project.status.rawValue, project.form, project.startsOn, project.endsOn)
        }

        init(row: any SQLRow) throws {
            id = try row.decode(column: "id", as: UUID.self)
            slug = try row.decode(column: "slug", as: String.self)
            title = try row.decode(column: "title", as: String.self)
            summary = try row.decode(column: "summary", as: String.self)
            status = try row.decode(column: "status", as: String.self)
            form = try row.decode(column: "form", as: Int.self)
            starts = try row.decode(column: "starts_on", as: String?.self)
            ends = try row.decode(column: "ends_on", as: String?.self)
        }
    }

    /// One page of the filtered projects, newest change first, and the total. With words, the page
    /// is counted in the same statement (`COUNT(*) OVER ()`: the words' matches are walked once,
    /// not twice); otherwise the total is counted apart, by the filter stated for counting, and
    /// only when the page is full.
    static func heads(_ filter: ProjectStore.Filter, _ page: Domain.PageRequest, on sql: any SQLDatabase) async throws -> (heads: [Head], total: Int) {
        func select(counting: Bool) -> SQLSelectBuilder {
            let select = sql.select().from(Project.schema)
            for condition in ProjectStore.conditions(filter, counting: counting, on: sql) { select.where(condition) }
            return select
        }
        let query = select(counting: false).columns(Head.columns)
            .orderBy(SQLColumn("updated_at", table: Project.schema), SQLDirection.descending).orderBy(SQLColumn("id", table: Project.schema))
            .limit(page.size).offset(page.offset)
        let words = !filter.terms.isEmpty
        if words { query.column(SQLRaw("COUNT(*) OVER ()"), as: "total") }
        let rows = try await query.all()
        let heads = try rows.map(Head.init(row:))
        if words, let first = rows.first { return (heads, try first.decode(column: "total", as: Int.self)) }
        if page.offset == 0 && heads.count < page.size { return (heads, heads.count) }
        return (heads, try await select(counting: true).column(SQL.count, as: "n").first(decodingColumn: "n", as: Int.self) ?? 0)
    }

    /// Every project in id order, `size` at a time after `after` (the open-data files).
    static func heads(after: UUID?, limit size: Int, on sql: any SQLDatabase) async throws -> [Head] {
        let select = sql.select().columns(Head.columns).from(Project.schema).orderBy(SQLColumn("id", table: Project.schema)).limit(size)
        if let after { select.where(SQLColumn("id", table: Project.schema), .greaterThan, SQLBind(after)) }
        return try await select.all().map(Head.init(row:))
    }

    /// The API's (and the open-data files') form of these projects: confirmed partners only.
    static func items(_ heads: [Head], base: String, on sql: any SQLDatabase) async throws -> [ItemDTO] {
        let ids = heads.map(\.id)
        guard !ids.isEmpty else { return [] }
        // Partners (with their names, in the order they were invited), districts, target groups and
        // goals in one statement: one trip to the database however many kinds of fact.
        let facts = try await sql.raw("""
            SELECT p.project_id, CASE WHEN p.association_id IS NULL THEN 'department' ELSE 'association' END AS kind,
                COALESCE(d.slug, '') AS value, p.role, p.association_id, COALESCE(a.name, d.name, '') AS name, p.invited_at AS at
            FROM project_partners p LEFT JOIN associations a ON a.id = p.association_id LEFT JOIN departments d ON d.id = p.department_id
            WHERE p.project_id IN (\(binds: ids)) AND p.status = \(bind: PartnerStatus.confirmed.rawValue)
            UNION ALL SELECT pd.project_id, 'district', d.slug, NULL, NULL, NULL, NULL FROM project_districts pd
                JOIN districts d ON d.id = pd.district_id WHERE pd.project_id IN (\(binds: ids))
            UNION ALL SELECT project_id, 'group', target_group, NULL, NULL, NULL, NULL FROM project_target_groups WHERE project_id IN (\(binds: ids))
            UNION ALL SELECT project_id, 'goal', CAST(goal AS TEXT), NULL, NULL, NULL, NULL FROM project_goals WHERE project_id IN (\(binds: ids))
            ORDER BY 7
            """).all()
        var items = Dictionary(uniqueKeysWithValues: heads.map { head in
            (head.id, ItemDTO(id: head.id, slug: head.slug, title: head.title, summary: head.summary, status: head.status,
                              form: (LadderStep(rawValue: head.form) ?? .information).key, districts: [], targetGroups: [], goals: [],
                              associations: [], departments: [], starts: head.starts, ends: head.ends,
                              url: base + SiteURL.projects(.show(.value(head.slug))).path))
        })
        for row in facts {
            let project = try row.decode(column: "project_id", as: UUID.self), value = try row.decode(column: "value", as: String.self)
            switch try row.decode(column: "kind", as: String.self) {
            case "association":
                guard let id = try row.decode(column: "association_id", as: UUID?.self) else { continue }
                items[project]?.associations.append(.init(id: id, name: try row.decode(column: "name", as: String.self),
                                                          role: try row.decode(column: "role", as: String.self)))
            case "department":
                // A partner whose department is gone is left out, as its name cannot be said.
                guard !value.isEmpty else { continue }
                items[project]?.departments.append(.init(slug: value, name: try row.decode(column: "name", as: String.self),
                                                         role: try row.decode(column: "role", as: String.self)))
            case "district": items[project]?.districts.append(value)
            case "group": items[project]?.targetGroups.append(value)
            default: items[project]?.goals.append(Int(value) ?? 0)
            }
        }
        return heads.compactMap { head in
            items[head.id].map { item in
                var item = item
                item.districts.sort()
                item.targetGroups.sort()
                item.goals.sort()
                return item
            }
        }
    }
}
