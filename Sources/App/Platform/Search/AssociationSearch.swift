import SQLKit
import Domain

/// Full-text search over associations: one protocol, one backend per database.
protocol AssociationSearchBackend: Sendable {
    /// A condition on the `associations` table that keeps the rows matching every word (which
    /// plan it takes is chosen by `publicCondition`).
    func condition(_ terms: SearchTerms) -> any SQLExpression

    /// "Only public associations", in the form that suits the chosen plan.
    func publicCondition(fromText: Bool) -> any SQLExpression

    /// How many rows the words match, counting no further than `cap + 1`; nil when the
    /// database's planner makes the choice itself.
    func matchCount(_ terms: SearchTerms, cap: Int, on sql: any SQLDatabase) async throws -> Int?

    /// `WITH matches(r) AS MATERIALIZED (…)`: the rowids the words match, at most `cap + 1`,
    /// evaluated once per statement; nil where the planner is left to choose (PostgreSQL).
    func materializedMatches(_ terms: SearchTerms, cap: Int) -> SQLQueryString?

    /// One page of the public rows matching the words (if any) and having every one of the tags
    /// (IndexAssociationTags), in directory order, with the number of them (counted no further
    /// than `cap + 1`) and each row's categories and district names (`categories`, `districts`,
    /// joined by `tagSeparator`); nil where the database has no index in directory order
    /// (PostgreSQL).
    func orderedPage(_ terms: SearchTerms, tags: [String], columns: [String], limit: Int, offset: Int, cap: Int) -> SQLQueryString?
}

/// Joins the tags of one row in `orderedPage`: a control character no name contains.
let tagSeparator: Character = "\u{1F}"

extension AssociationSearchBackend {
    func publicCondition(fromText: Bool) -> any SQLExpression {
        SQLBinaryExpression(left: SQLColumn("status"), op: SQLBinaryOperator.equal, right: SQLBind("verified"))
    }
}

/// SQLite FTS5 with `unicode61 remove_diacritics 0`, so "åker" does not find "aker". The index
/// holds the public associations only, keyed by their position in the directory's order
/// (CreateDirectoryOrder), so a page of matches is the first rows the index yields.
///
/// Categories, districts, target groups and "joined" are words of the index too, in a column of
/// their own (IndexAssociationTags); the visitor's words are searched in the text columns only.
/// With a competence as well, SQLite is asked first how many rows the words match (cheaply: the
/// count stops at the cap). Few: start from them (the unary + keeps SQLite off the directory index)
/// and sort them. Many: walk the directory index in order against the set of matches.
struct SQLiteAssociationSearch: AssociationSearchBackend {
    func condition(_ terms: SearchTerms) -> any SQLExpression {
        SQLQueryString("associations.rowid IN \(matches(terms, cap: nil))")
    }

    func publicCondition(fromText: Bool) -> any SQLExpression {
        fromText ? SQLQueryString("+associations.status = \(bind: "verified")")
                 : SQLBinaryExpression(left: SQLColumn("status"), op: SQLBinaryOperator.equal, right: SQLBind("verified"))
    }

    func matchCount(_ terms: SearchTerms, cap: Int, on sql: any SQLDatabase) async throws -> Int? {
        let row = try await sql.raw("SELECT \(count(terms, cap: cap)) AS n").first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    func materializedMatches(_ terms: SearchTerms, cap: Int) -> SQLQueryString? {
        "WITH matches(r) AS MATERIALIZED \(matches(terms, cap: cap))"
    }

    func orderedPage(_ terms: SearchTerms, tags: [String], columns: [String], limit: Int, offset: Int, cap: Int) -> SQLQueryString? {
        let selected = columns.map { "a.\($0)" }.joined(separator: ", ")
        // Each row's tags come in the same statement: one trip to the database instead of three.
        let rowTags = """
            (SELECT group_concat(category, char(31) ORDER BY category) FROM association_categories WHERE association_id = a.id) AS categories, \
            (SELECT group_concat(d.name, char(31) ORDER BY d.position) FROM association_districts ad JOIN districts d ON d.id = ad.district_id \
            WHERE ad.association_id = a.id) AS districts
            """
        // The count's row comes back even when the page is empty.
        return """
            WITH total(n) AS (SELECT \(count(terms, tags: tags, cap: cap))), \
            page(p) AS MATERIALIZED (SELECT rowid FROM association_search WHERE association_search MATCH \(bind: match(terms, tags: tags)) \
            ORDER BY rowid LIMIT \(literal: limit) OFFSET \(literal: offset)) \
            SELECT total.n AS matches, \(unsafeRaw: selected), \(unsafeRaw: rowTags) FROM total LEFT JOIN page ON 1 \
            LEFT JOIN directory_order o ON o.position = page.p LEFT JOIN associations a ON a.rowid = o.association_rowid \
            ORDER BY page.p
            """
    }

    /// The association rowids the words match, at most `cap + 1` of them.
    private func matches(_ terms: SearchTerms, cap: Int?) -> SQLQueryString {
        let limit: SQLQueryString = cap.map { " LIMIT \(literal: $0 + 1)" } ?? ""
        return """
            (SELECT association_rowid FROM directory_order WHERE position IN \
            (SELECT rowid FROM association_search WHERE association_search MATCH \(bind: match(terms, tags: []))\(limit)))
            """
    }

    private func count(_ terms: SearchTerms, tags: [String] = [], cap: Int) -> SQLQueryString {
        """
        (SELECT COUNT(*) FROM (SELECT rowid FROM association_search WHERE association_search MATCH \(bind: match(terms, tags: tags)) \
        LIMIT \(literal: cap + 1)))
        """
    }

    /// The FTS5 expression: the words in the text columns, and every tag in `tags`.
    private func match(_ terms: SearchTerms, tags: [String]) -> String {
        let words = terms.isEmpty ? [] : ["{\(CreateDirectoryOrder.Shape.text.columns.joined(separator: " "))} : (\(terms.fts5Query))"]
        return (words + SearchTags.match(tags)).joined(separator: " AND ")
    }
}

/// PostgreSQL `to_tsvector('swedish', …)` in a generated column with a GIN index; its planner
/// weighs the choices from its statistics.
struct PostgresAssociationSearch: AssociationSearchBackend {
    func condition(_ terms: SearchTerms) -> any SQLExpression {
        SQLQueryString("associations.search_vector @@ to_tsquery('swedish', \(bind: terms.tsQuery))")
    }

    func matchCount(_ terms: SearchTerms, cap: Int, on sql: any SQLDatabase) async throws -> Int? { nil }

    func materializedMatches(_ terms: SearchTerms, cap: Int) -> SQLQueryString? { nil }

    func orderedPage(_ terms: SearchTerms, tags: [String], columns: [String], limit: Int, offset: Int, cap: Int) -> SQLQueryString? { nil }
}

extension SQLDatabase {
    var associationSearch: any AssociationSearchBackend {
        dialect.name == "postgresql" ? PostgresAssociationSearch() : SQLiteAssociationSearch()
    }
}

/// Small SQL pieces used by the hand-written read paths.
enum SQL {
    static let count: any SQLExpression = SQLFunction("COUNT", args: SQLLiteral.all)
}
