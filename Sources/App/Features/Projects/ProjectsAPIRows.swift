import Foundation
import Vapor
import Fluent
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
    /// Between the folded partners; within one, its fields are joined by `tagSeparator` (as the
    /// directory's tags are), with the name last so that nothing in a name can shift a field.
    private static let record: Character = "\u{1E}"

    /// One page of the filtered projects, newest change first, and the total. With words, the page
    /// is counted in the same statement (`COUNT(*) OVER ()`: the words' matches are walked once,
    /// not twice); otherwise the total is counted apart, by the filter stated for counting, only
    /// when the page is full, and kept until a project, an association or the municipality changes
    /// (`app.projectTotals`): counting all 12 500 projects at national scale took 1.7 ms of each
    /// answer on PostgreSQL, five times the page's own statement. The page's ids come from the
    /// database every time; the items for them from `app.projectItems`, which makes only those it
    /// does not keep.
    static func page(_ filter: ProjectStore.Filter, _ page: Domain.PageRequest, base: String,
                     app: Application, on db: any Database) async throws -> (items: [WrittenItem], total: Int) {
        let sql = db as! any SQLDatabase
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
        let rows = try await chosen.all()
        let ids = try rows.map { try $0.decode(column: "pid", as: UUID.self) }
        let items = try await app.projectItems.items(ids, app: app, on: db, id: \.id) { missing in
            let some = sql.select().column(SQLColumn("id", table: Project.schema), as: "pid").from(Project.schema)
                .where(SQLColumn("id", table: Project.schema), .in, SQLBind.group(missing))
            return try await Self.items(some.select, base: base, on: sql).map(WrittenItem.init)
        }
        if words, let first = rows.first { return (items, try first.decode(column: "total", as: Int.self)) }
        if page.offset == 0 && ids.count < page.size { return (items, items.count) }
        let total = try await app.projectTotals.item(filter.key, app: app, on: db) {
            try await select(counting: true).column(SQL.count, as: "n").first(decodingColumn: "n", as: Int.self) ?? 0
        }
        return (items, total)
    }

    /// Every project in id order, `size` at a time after `after` (the open-data files).
    static func items(after: UUID?, limit size: Int, base: String, on sql: any SQLDatabase) async throws -> [ItemDTO] {
        let chosen = sql.select().column(SQLColumn("id", table: Project.schema), as: "pid").from(Project.schema)
            .orderBy(SQLColumn("id", table: Project.schema)).limit(size)
        if let after { chosen.where(SQLColumn("id", table: Project.schema), .greaterThan, SQLBind(after)) }
        return try await items(chosen.select, base: base, on: sql)
    }

    /// One project in the API's form.
    static func item(_ id: UUID, base: String, on sql: any SQLDatabase) async throws -> ItemDTO? {
        let chosen = sql.select().column(SQLColumn("id", table: Project.schema), as: "pid").from(Project.schema)
            .where(SQLColumn("id", table: Project.schema), .equal, SQLBind(id))
        return try await items(chosen.select, base: base, on: sql).first
    }

    /// The API's form of the projects that `chosen` selects (as `pid`), in id order: confirmed
    /// partners only, in the order they were invited.
    private static func items(_ chosen: SQLSelect, base: String, on sql: any SQLDatabase) async throws -> [ItemDTO] {
        let unit = String(tagSeparator)
        let partner: SQLQueryString = """
            CASE WHEN pp.association_id IS NULL THEN 'd' || \(literal: unit) || COALESCE(dd.slug, '') \
            ELSE 'a' || \(literal: unit) || CAST(pp.association_id AS TEXT) END \
            || \(literal: unit) || pp.role || \(literal: unit) || COALESCE(a.name, dd.name, '')
            """
        let rows = try await sql.raw("""
            SELECT p.id, p.slug, p.title, p.summary, p.status, p.form, p.starts_on, p.ends_on,
              COALESCE((SELECT string_agg(CAST(g.goal AS TEXT), ',') FROM project_goals g WHERE g.project_id = p.id), '') AS goals,
              COALESCE((SELECT string_agg(t.target_group, ',') FROM project_target_groups t WHERE t.project_id = p.id), '') AS groups,
              COALESCE((SELECT string_agg(d.slug, ',') FROM project_districts pd JOIN districts d ON d.id = pd.district_id
                WHERE pd.project_id = p.id), '') AS districts,
              COALESCE((SELECT string_agg(\(partner), \(literal: String(record)) ORDER BY pp.invited_at)
                FROM project_partners pp LEFT JOIN associations a ON a.id = pp.association_id
                LEFT JOIN departments dd ON dd.id = pp.department_id
                WHERE pp.project_id = p.id AND pp.status = \(bind: PartnerStatus.confirmed.rawValue)), '') AS partners
            FROM (\(chosen)) pg JOIN projects p ON p.id = pg.pid
            ORDER BY p.id
            """).all()
        // A slug is [a-z0-9-], which a path keeps as it is: the project's address is the prefix and
        // the slug, without building the path anew for each item.
        let prefix = base + SiteURL.projects(.show(.value("-"))).path.dropLast()
        return try rows.map { row in try item(row, prefix: prefix, base: base) }
    }

    private static func item(_ row: any SQLRow, prefix: String, base: String) throws -> ItemDTO {
        func text(_ column: String) throws -> String { try row.decode(column: column, as: String.self) }
        func optional(_ column: String) throws -> String? { try row.decodeNil(column: column) ? nil : try text(column) }
        let slug = try text("slug")
        let plain = slug.utf8.allSatisfy { (0x61...0x7A).contains($0) || (0x30...0x39).contains($0) || $0 == 0x2D }
        var item = ItemDTO(id: try row.decode(column: "id", as: UUID.self), slug: slug, title: try text("title"),
                           summary: try text("summary"), status: try text("status"),
                           form: (LadderStep(rawValue: try row.decode(column: "form", as: Int.self)) ?? .information).key,
                           districts: pieces(try text("districts"), ",").sorted(), targetGroups: pieces(try text("groups"), ",").sorted(),
                           goals: pieces(try text("goals"), ",").compactMap { Int($0) }.sorted(), associations: [], departments: [],
                           starts: try optional("starts_on"), ends: try optional("ends_on"),
                           url: plain ? prefix + slug : base + SiteURL.projects(.show(.value(slug))).path)
        for partner in pieces(try text("partners"), record) {
            // Kind, id or slug, role, name.
            let fields = partner.utf8.split(separator: tagSeparator.asciiValue!, maxSplits: 3, omittingEmptySubsequences: false)
                .map { String(decoding: $0, as: UTF8.self) }
            guard fields.count == 4, !fields[1].isEmpty else { continue }
            if fields[0] == "a" {
                guard let id = UUID(uuidString: fields[1]) else { continue }
                item.associations.append(.init(id: id, name: fields[3], role: fields[2]))
            } else {
                // A partner whose department is gone is left out, as its name cannot be said.
                item.departments.append(.init(slug: fields[1], name: fields[3], role: fields[2]))
            }
        }
        return item
    }

    /// `text` cut at an ASCII separator, byte by byte (cutting at a `Character` compares graphemes).
    private static func pieces(_ text: String, _ separator: Character) -> [String] {
        guard let byte = separator.asciiValue else { return [] }
        return text.utf8.split(separator: byte).map { String(decoding: $0, as: UTF8.self) }
    }
}
