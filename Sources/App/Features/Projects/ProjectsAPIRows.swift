import Foundation
import SQLKit
import Domain
import Views

/// The projects API's reading, without models: one statement gives the chosen projects' columns with
/// their goals, target groups, districts and confirmed partners, each folded into one text column by
/// `string_agg` (both databases), so an answer is one trip to the database and one row per item.
/// Two statements and a row per fact (140 rows for a page of 20) were most of the uncached answer's
/// CPU at national scale (perf, see bench/RESULTS.md). The filter is `ProjectStore.conditions`, the
/// same as the list page's.
extension ProjectsAPIController {
    /// Separators inside the folded columns: control characters, which no form lets into a name.
    static let unit: Character = "\u{1F}", record: Character = "\u{1E}"

    /// One page of the filtered projects, newest change first, and the total. With words, the page
    /// is counted in the same statement (`COUNT(*) OVER ()`: the words' matches are walked once,
    /// not twice); otherwise the total is counted apart, by the filter stated for counting, and
    /// only when the page is full.
    static func page(_ filter: ProjectStore.Filter, _ page: Domain.PageRequest, base: String,
                     on sql: any SQLDatabase) async throws -> (items: [ItemDTO], total: Int) {
        func select(counting: Bool) -> SQLSelectBuilder {
            let select = sql.select().from(Project.schema)
            for condition in ProjectStore.conditions(filter, counting: counting, on: sql) { select.where(condition) }
            return select
        }
        let words = !filter.terms.isEmpty
        let chosen = select(counting: false).column(SQLColumn("id", table: Project.schema), as: "pid")
            .orderBy(SQLColumn("updated_at", table: Project.schema), SQLDirection.descending).orderBy(SQLColumn("id", table: Project.schema))
            .limit(page.size).offset(page.offset)
        if words { chosen.column(SQLRaw("COUNT(*) OVER ()"), as: "total") }
        let (items, counted) = try await Self.items(chosen.select, counted: words, order: "p.updated_at DESC, p.id", base: base, on: sql)
        if let counted { return (items, counted) }
        if page.offset == 0 && items.count < page.size { return (items, items.count) }
        return (items, try await select(counting: true).column(SQL.count, as: "n").first(decodingColumn: "n", as: Int.self) ?? 0)
    }

    /// Every project in id order, `size` at a time after `after` (the open-data files).
    static func items(after: UUID?, limit size: Int, base: String, on sql: any SQLDatabase) async throws -> [ItemDTO] {
        let chosen = sql.select().column(SQLColumn("id", table: Project.schema), as: "pid").from(Project.schema)
            .orderBy(SQLColumn("id", table: Project.schema)).limit(size)
        if let after { chosen.where(SQLColumn("id", table: Project.schema), .greaterThan, SQLBind(after)) }
        return try await items(chosen.select, counted: false, order: "p.id", base: base, on: sql).items
    }

    /// One project in the API's form.
    static func item(_ id: UUID, base: String, on sql: any SQLDatabase) async throws -> ItemDTO? {
        let chosen = sql.select().column(SQLColumn("id", table: Project.schema), as: "pid").from(Project.schema)
            .where(SQLColumn("id", table: Project.schema), .equal, SQLBind(id))
        return try await items(chosen.select, counted: false, order: "p.id", base: base, on: sql).items.first
    }

    /// The API's form of the projects that `chosen` selects (as `pid`, and `total` when `counted`),
    /// in `order`: confirmed partners only, in the order they were invited.
    private static func items(_ chosen: SQLSelect, counted: Bool, order: String, base: String,
                              on sql: any SQLDatabase) async throws -> (items: [ItemDTO], total: Int?) {
        let partner: SQLQueryString = """
            CASE WHEN pp.association_id IS NULL THEN 'd' || \(literal: String(unit)) || COALESCE(dd.slug, '') \
            ELSE 'a' || \(literal: String(unit)) || CAST(pp.association_id AS TEXT) END \
            || \(literal: String(unit)) || COALESCE(a.name, dd.name, '') || \(literal: String(unit)) || pp.role
            """
        let rows = try await sql.raw("""
            SELECT p.id, p.slug, p.title, p.summary, p.status, p.form, p.starts_on, p.ends_on\(unsafeRaw: counted ? ", pg.total" : ""),
              (SELECT string_agg(CAST(g.goal AS TEXT), ',') FROM project_goals g WHERE g.project_id = p.id) AS goals,
              (SELECT string_agg(t.target_group, ',') FROM project_target_groups t WHERE t.project_id = p.id) AS groups,
              (SELECT string_agg(d.slug, ',') FROM project_districts pd JOIN districts d ON d.id = pd.district_id
                WHERE pd.project_id = p.id) AS districts,
              (SELECT string_agg(\(partner), \(literal: String(record)) ORDER BY pp.invited_at)
                FROM project_partners pp LEFT JOIN associations a ON a.id = pp.association_id
                LEFT JOIN departments dd ON dd.id = pp.department_id
                WHERE pp.project_id = p.id AND pp.status = \(bind: PartnerStatus.confirmed.rawValue)) AS partners
            FROM (\(chosen)) pg JOIN projects p ON p.id = pg.pid
            ORDER BY \(unsafeRaw: order)
            """).all()
        let items = try rows.map { row in try item(row, base: base) }
        return (items, counted ? try rows.first?.decode(column: "total", as: Int.self) : nil)
    }

    private static func item(_ row: any SQLRow, base: String) throws -> ItemDTO {
        func text(_ column: String) throws -> String? { try row.decodeNil(column: column) ? nil : try row.decode(column: column, as: String.self) }
        func list(_ column: String) throws -> [String] { try text(column).map { $0.split(separator: ",").map(String.init).sorted() } ?? [] }
        let slug = try row.decode(column: "slug", as: String.self)
        var item = ItemDTO(id: try row.decode(column: "id", as: UUID.self), slug: slug, title: try row.decode(column: "title", as: String.self),
                           summary: try row.decode(column: "summary", as: String.self), status: try row.decode(column: "status", as: String.self),
                           form: (LadderStep(rawValue: try row.decode(column: "form", as: Int.self)) ?? .information).key,
                           districts: try list("districts"), targetGroups: try list("groups"),
                           goals: try list("goals").compactMap { Int($0) }.sorted(), associations: [], departments: [],
                           starts: try text("starts_on"), ends: try text("ends_on"),
                           url: base + SiteURL.projects(.show(.value(slug))).path)
        for partner in try text("partners")?.split(separator: record) ?? [] {
            let fields = partner.split(separator: unit, omittingEmptySubsequences: false).map(String.init)
            guard fields.count == 4, !fields[1].isEmpty else { continue }
            if fields[0] == "a" {
                guard let id = UUID(uuidString: fields[1]) else { continue }
                item.associations.append(.init(id: id, name: fields[2], role: fields[3]))
            } else {
                // A partner whose department is gone is left out, as its name cannot be said.
                item.departments.append(.init(slug: fields[1], name: fields[2], role: fields[3]))
            }
        }
        return item
    }
}
