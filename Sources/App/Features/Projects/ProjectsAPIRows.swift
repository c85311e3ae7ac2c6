import Foundation
import SQLKit
import Domain
import Views

/// The projects API's reading, without models: the page's columns by one SQL statement, then every
/// item's partners with their names in one, and its districts, target groups and goals in one.
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

    /// One page of the filtered projects, newest change first, and the total (not counted again
    /// when a first page is not full).
    static func heads(_ filter: ProjectStore.Filter, _ page: Domain.PageRequest, on sql: any SQLDatabase) async throws -> (heads: [Head], total: Int) {
        let conditions = ProjectStore.conditions(filter, on: sql)
        func select() -> SQLSelectBuilder {
            let select = sql.select().from(Project.schema)
            for condition in conditions { select.where(condition) }
            return select
        }
        let heads = try await select().columns(Head.columns)
            .orderBy(SQLColumn("updated_at", table: Project.schema), SQLDirection.descending).orderBy(SQLColumn("id", table: Project.schema))
            .limit(page.size).offset(page.offset).all().map(Head.init(row:))
        if page.offset == 0 && heads.count < page.size { return (heads, heads.count) }
        return (heads, try await select().column(SQL.count, as: "n").first(decodingColumn: "n", as: Int.self) ?? 0)
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
        let partners = try await sql.raw("""
            SELECT p.project_id, p.role, p.association_id, a.name AS association_name, d.slug AS department_slug, d.name AS department_name
            FROM project_partners p LEFT JOIN associations a ON a.id = p.association_id LEFT JOIN departments d ON d.id = p.department_id
            WHERE p.project_id IN (\(binds: ids)) AND p.status = \(bind: PartnerStatus.confirmed.rawValue) ORDER BY p.invited_at
            """).all()
        let tags = try await sql.raw("""
            SELECT pd.project_id, 'district' AS kind, d.slug AS value FROM project_districts pd JOIN districts d ON d.id = pd.district_id
            WHERE pd.project_id IN (\(binds: ids))
            UNION ALL SELECT project_id, 'group', target_group FROM project_target_groups WHERE project_id IN (\(binds: ids))
            UNION ALL SELECT project_id, 'goal', CAST(goal AS TEXT) FROM project_goals WHERE project_id IN (\(binds: ids))
            """).all()
        var items = Dictionary(uniqueKeysWithValues: heads.map { head in
            (head.id, ItemDTO(id: head.id, slug: head.slug, title: head.title, summary: head.summary, status: head.status,
                              form: (LadderStep(rawValue: head.form) ?? .information).key, districts: [], targetGroups: [], goals: [],
                              associations: [], departments: [], starts: head.starts, ends: head.ends,
                              url: base + SiteURL.projects(.show(.value(head.slug))).path))
        })
        for row in partners {
            let project = try row.decode(column: "project_id", as: UUID.self), role = try row.decode(column: "role", as: String.self)
            if let id = try row.decode(column: "association_id", as: UUID?.self) {
                items[project]?.associations.append(.init(id: id, name: try row.decode(column: "association_name", as: String?.self) ?? "", role: role))
            } else if let slug = try row.decode(column: "department_slug", as: String?.self) {
                items[project]?.departments.append(.init(slug: slug, name: try row.decode(column: "department_name", as: String.self), role: role))
            }
        }
        for row in tags {
            let project = try row.decode(column: "project_id", as: UUID.self), value = try row.decode(column: "value", as: String.self)
            switch try row.decode(column: "kind", as: String.self) {
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
