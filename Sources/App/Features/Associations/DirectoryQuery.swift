import Vapor
import Fluent
import SQLKit
import Domain
import Views

/// The directory's read path: selected columns through SQLKit into plain structs, every filter
/// an indexed lookup, alphabetical (Swedish) order by an indexed key, one page at a time.
struct DirectoryQuery {
    let db: any Database
    let sql: any SQLDatabase
    /// Where counting stops: `countCeiling`, lower in tests that reach it with few rows.
    let ceiling: Int
    /// Where counts are kept between answers (`app.directoryCounts`); nil: counted every time.
    let app: Application?
    /// PostgreSQL: at most this many chunks are named to the posting lists' statement (`matches`);
    /// lower in tests, to read the lists both ways.
    var fewChunks = 32

    init(_ db: any Database, ceiling: Int = Self.countCeiling, keepingCountsIn app: Application? = nil) {
        self.db = db
        sql = db as! any SQLDatabase
        self.ceiling = ceiling
        self.app = app
    }

    struct Filter: Sendable {
        var terms = SearchTerms("")
        var category: AssociationCategory?
        var districtID: UUID?
        var targetGroup: TargetGroup?
        var competence: String = ""
        var joinedOnly = false

        /// The competence as the register stores it: its words, lower case.
        var competencePrefix: String { Words.of(competence).joined(separator: " ") }

        /// The filters as words of the search index (IndexAssociationTags).
        var tagTerms: [SearchTags.Term] {
            var terms: [SearchTags.Term] = [category.map { .token(IndexAssociationTags.token(category: $0.rawValue)) },
                                            districtID.map { .token(SearchTags.token(district: $0)) },
                                            targetGroup.map { .token(SearchTags.token(group: $0.rawValue)) },
                                            joinedOnly ? .token(IndexAssociationTags.joinedToken) : nil].compactMap { $0 }
            if !competencePrefix.isEmpty { terms.append(.prefix(IndexAssociationTags.prefix(competence: competencePrefix))) }
            return terms
        }

        /// Words, filters or both: the search index answers alone (on SQLite in directory order).
        var isIndexed: Bool { !terms.isEmpty || !tagTerms.isEmpty }

        /// Everything that decides the matches, as text: the key their count is kept under.
        var key: String {
            [terms.words.joined(separator: " "), category?.rawValue ?? "", districtID?.uuidString ?? "", targetGroup?.rawValue ?? "",
             competencePrefix, joinedOnly ? "joined" : ""].joined(separator: "\u{1F}")
        }
    }

    struct Row: Sendable {
        var id: UUID
        var slug: String
        var name: String
        var description: String
        var email: String
        var phone: String
        var website: String
        var orgNumber: String?
        var joinedSince: Date?
        /// Categories and district names, when the statement that found the row brought them.
        var tags: (categories: [AssociationCategory], districts: [String])?
    }

    typealias Tags = (categories: [UUID: [AssociationCategory]], districts: [UUID: [String]])

    /// Counting stops here: "more than 10 000" is as useful as the exact number, and counting
    /// 250 000 index entries on every page view is not.
    static let countCeiling = 10_000

    /// The two statements behind a page, also used by the query-plan test.
    func countSelect(_ filter: Filter) -> SQLSelectBuilder {
        let matches = apply(filter, to: sql.select().column(SQLLiteral.numeric("1")).from(Association.schema)).limit(ceiling + 1)
        return sql.select().column(SQL.count, as: "total").from(SQLAlias(SQLGroupExpression(matches.query), as: SQLIdentifier("matches")))
    }

    func rowsSelect(_ filter: Filter, _ page: Domain.PageRequest) -> SQLSelectBuilder {
        apply(filter, to: sql.select().columns(Self.columns).from(Association.schema))
            .orderBy("sort_key").limit(page.size).offset(page.offset)
    }

    static let columns = ["id", "slug", "name", "description", "email", "phone", "website", "org_number", "joined_since"]

    /// A page and the count. A search reads its matches in directory order from the search index
    /// (SQLite) or the posting lists (PostgreSQL). The plain list's count is kept between answers
    /// (`app.directoryCounts`) until an association or the municipality changes: each page counted
    /// 10 001 rows again (36–43 ms at 250 000), where walking the directory's order takes 0.3.
    func page(_ filter: Filter, _ page: Domain.PageRequest) async throws -> Paged<Row> {
        if let found = try await inOrder(filter, page) { return found }
        if filter.isIndexed { return try await fromPostings(filter, page) }
        let counted = try await keptCount(filter) { try await countSelect(filter).first()?.decode(column: "total", as: Int.self) ?? 0 }
        // Past the last page (the count being exact), nothing to read.
        let rows = counted <= ceiling && page.offset >= counted ? [] : try await rowsSelect(filter, page).all().map(Self.row)
        return Paged(items: rows, page: page, total: min(counted, ceiling), totalIsExact: counted <= ceiling)
    }

    /// The count `make` gives, or the one kept for this filter while nothing it reads has changed.
    private func keptCount(_ filter: Filter, make: () async throws -> Int) async throws -> Int {
        guard let app else { return try await make() }
        return try await app.directoryCounts.item("\(ceiling)\u{1F}" + filter.key, app: app, on: db, make: make)
    }

    /// The statements `page` runs for this filter, named, for `samverka explain-search` and its
    /// test; on PostgreSQL a search's lists are read here to find the page's positions.
    func statements(_ filter: Filter, _ page: Domain.PageRequest) async throws -> [(String, any SQLExpression)] {
        if let statement = inOrderStatement(filter, page, spelling: try await spelling(filter)) { return [("search in directory order", statement)] }
        guard filter.isIndexed else { return [("count", countSelect(filter).query), ("page", rowsSelect(filter, page).query)] }
        let stems = try await stems(filter.terms.words)
        let ranges = Ranges(filter, stems: stems)
        let chunks = try await chunks(ranges, on: sql)
        let matches = try await matches(ranges, chunks: chunks, on: sql)
        return [("chunks of the lists", chunksStatement(ranges)), ("posting lists", postingsStatement(ranges, chunks: chunks.count <= fewChunks ? chunks : nil)),
                ("page by position", positionedRowsStatement(matches.page(page)))]
    }

    /// The number of matches and the page's rows with their tags, from a statement that gives
    /// `matches` on every row and a page of the columns and `SQL.rowTags` (none when the page is empty).
    static func matches(_ found: [any SQLRow]) throws -> (Int, [Row]) {
        (try found.first?.decode(column: "matches", as: Int.self) ?? 0, try pageRows(found))
    }

    /// The rows of a page with their tags (`SQL.rowTags`), leaving out a row with no id.
    static func pageRows(_ found: [any SQLRow]) throws -> [Row] {
        try found.filter { try $0.decode(column: "id", as: UUID?.self) != nil }.map { found in
            var row = try Self.row(found)
            func split(_ column: String) throws -> [String] {
                (try found.decode(column: column, as: String?.self) ?? "").split(separator: tagSeparator).map(String.init)
            }
            row.tags = (try split("categories").compactMap(AssociationCategory.init(rawValue:)), try split("districts"))
            return row
        }
    }

    /// Search words, filters or both, where the search index keeps the directory's order (SQLite):
    /// the page is the first matches the index yields, and the count stops at the ceiling. The
    /// count is kept like the others: once it is, a page reads the index only as far as itself
    /// (`q=bollklubb` at 250 000 counted 10 001 entries of the index for every answer).
    func inOrder(_ filter: Filter, _ page: Domain.PageRequest) async throws -> Paged<Row>? {
        guard filter.isIndexed else { return nil }
        let spelling = try await spelling(filter)
        guard let counting = inOrderStatement(filter, page, spelling: spelling) else { return nil }
        var rows: [Row]?
        let matches = try await keptCount(filter) {
            let (matches, found) = try Self.matches(try await sql.raw(counting).all())
            rows = found
            return matches
        }
        if rows == nil, let pageOnly = inOrderStatement(filter, page, spelling: spelling, counting: false) {
            rows = try Self.pageRows(try await sql.raw(pageOnly).all())
        }
        return Paged(items: rows ?? [], page: page, total: min(matches, ceiling), totalIsExact: matches <= ceiling)
    }

    /// The search's words as the index's words that begin with them, where they are kept (with
    /// `app`; none on PostgreSQL, whose `orderedPage` is nil).
    private func spelling(_ filter: Filter) async throws -> [String: [String]] {
        guard let app else { return [:] }
        return try await SearchVocabulary.spelling(filter.terms, app: app, on: db)
    }

    /// The statement behind `inOrder`, also used by the query-plan test; without `counting`, its
    /// `matches` goes no further than the page. `spelling`: the words spelled out (`SearchVocabulary`).
    func inOrderStatement(_ filter: Filter, _ page: Domain.PageRequest, spelling: [String: [String]] = [:],
                          counting: Bool = true) -> SQLQueryString? {
        guard filter.isIndexed else { return nil }
        return sql.associationSearch.orderedPage(filter.terms, spelling: spelling, tags: filter.tagTerms, columns: Self.columns,
                                                 limit: page.size, offset: page.offset, cap: counting ? ceiling : 0)
    }

    static func row(_ row: any SQLRow) throws -> Row {
        Row(id: try row.decode(column: "id", as: UUID.self), slug: try row.decode(column: "slug", as: String.self),
            name: try row.decode(column: "name", as: String.self), description: try row.decode(column: "description", as: String.self),
            email: try row.decode(column: "email", as: String.self), phone: try row.decode(column: "phone", as: String.self),
            website: try row.decode(column: "website", as: String.self),
            orgNumber: try row.decode(column: "org_number", as: String?.self),
            joinedSince: try row.decode(column: "joined_since", as: Date?.self))
    }

    /// The filters as conditions: the plain list's statements; for a search, which `page` reads in
    /// directory order instead, what it means through the search index alone.
    private func apply(_ filter: Filter, to select: SQLSelectBuilder) -> SQLSelectBuilder {
        let select = select.where("status", .equal, "verified")
        return filter.isIndexed ? select.where(sql.associationSearch.condition(filter.terms, tags: filter.tagTerms)) : select
    }

    /// The tags of a page of rows: those the rows brought, else from `tags(for:)`.
    func tags(of rows: [Row]) async throws -> Tags {
        guard rows.allSatisfy({ $0.tags != nil }) else { return try await tags(for: rows.map(\.id)) }
        var found: Tags = ([:], [:])
        for row in rows {
            found.categories[row.id] = row.tags?.categories
            found.districts[row.id] = row.tags?.districts
        }
        return found
    }

    /// Categories and district names for a page of associations, in two queries.
    func tags(for ids: [UUID]) async throws -> Tags {
        guard !ids.isEmpty else { return ([:], [:]) }
        var categories: [UUID: [AssociationCategory]] = [:]
        for row in try await sql.select().columns("association_id", "category").from(AssociationCategoryTag.schema)
            .where("association_id", .in, ids).all() {
            let id = try row.decode(column: "association_id", as: UUID.self)
            if let category = AssociationCategory(rawValue: try row.decode(column: "category", as: String.self)) {
                categories[id, default: []].append(category)
            }
        }
        var districts: [UUID: [String]] = [:]
        for row in try await sql.select().column(SQLColumn("association_id", table: "ad")).column(SQLColumn("name", table: "d"))
            .from(SQLAlias(SQLIdentifier(AssociationDistrict.schema), as: SQLIdentifier("ad")))
            .join(SQLAlias(SQLIdentifier(District.schema), as: SQLIdentifier("d")), on: SQLColumn("id", table: "d"), .equal, SQLColumn("district_id", table: "ad"))
            .where(SQLColumn("association_id", table: "ad"), .in, SQLBind.group(ids))
            .orderBy(SQLColumn("position", table: "d")).all() {
            districts[try row.decode(column: "association_id", as: UUID.self), default: []].append(try row.decode(column: "name", as: String.self))
        }
        return (categories.mapValues { $0.sorted { $0.rawValue < $1.rawValue } }, districts)
    }
}
