import SQLKit
import Domain

/// Full-text search over associations: one protocol, one backend per database.
protocol AssociationSearchBackend: Sendable {
    /// A condition on the `associations` table that keeps the rows matching every word;
    /// `fromText` asks for a plan that starts from the matches rather than the directory order.
    func condition(_ terms: SearchTerms, fromText: Bool) -> any SQLExpression

    /// "Only public associations", in the form that suits the chosen plan.
    func publicCondition(fromText: Bool) -> any SQLExpression

    /// How many rows the words match, counting no further than `cap + 1`; nil when the
    /// database's planner makes the choice itself.
    func matchCount(_ terms: SearchTerms, cap: Int, on sql: any SQLDatabase) async throws -> Int?

    /// `WITH matches(r) AS MATERIALIZED (…)`: the rowids the words match, at most `cap + 1`,
    /// evaluated once per statement; nil where the planner is left to choose (PostgreSQL).
    func materializedMatches(_ terms: SearchTerms, cap: Int) -> SQLQueryString?
}

extension AssociationSearchBackend {
    func publicCondition(fromText: Bool) -> any SQLExpression {
        SQLBinaryExpression(left: SQLColumn("status"), op: SQLBinaryOperator.equal, right: SQLBind("verified"))
    }
}

/// SQLite FTS5 with `unicode61 remove_diacritics 0`, so "åker" does not find "aker".
///
/// SQLite knows nothing of how many rows a MATCH gives, so it is asked first (cheaply: the count
/// stops at the cap). Few matches: start from them (the unary + keeps SQLite off the directory
/// index) and sort them. Many: walk the directory index in order against the set of matches,
/// which fills a page after a few hundred rows, and report the total as "more than" instead of
/// counting every match. (A rowid-bound MATCH per row was tried: FTS5 evaluates the whole query
/// each time, 1.4 s at 250 000.)
struct SQLiteAssociationSearch: AssociationSearchBackend {
    func condition(_ terms: SearchTerms, fromText: Bool) -> any SQLExpression {
        SQLQueryString("associations.rowid IN (SELECT rowid FROM associations_fts WHERE associations_fts MATCH \(bind: terms.fts5Query))")
    }

    func publicCondition(fromText: Bool) -> any SQLExpression {
        fromText ? SQLQueryString("+associations.status = \(bind: "verified")")
                 : SQLBinaryExpression(left: SQLColumn("status"), op: SQLBinaryOperator.equal, right: SQLBind("verified"))
    }

    func matchCount(_ terms: SearchTerms, cap: Int, on sql: any SQLDatabase) async throws -> Int? {
        let row = try await sql.raw("""
            SELECT COUNT(*) AS n FROM (SELECT rowid FROM associations_fts WHERE associations_fts MATCH \(bind: terms.fts5Query) LIMIT \(literal: cap + 1))
            """).first()
        return try row?.decode(column: "n", as: Int.self) ?? 0
    }

    func materializedMatches(_ terms: SearchTerms, cap: Int) -> SQLQueryString? {
        """
        WITH matches(r) AS MATERIALIZED (SELECT rowid FROM associations_fts WHERE associations_fts MATCH \(bind: terms.fts5Query) \
        LIMIT \(literal: cap + 1))
        """
    }
}

/// PostgreSQL `to_tsvector('swedish', …)` in a generated column with a GIN index; its planner
/// weighs the choices from its statistics.
struct PostgresAssociationSearch: AssociationSearchBackend {
    func condition(_ terms: SearchTerms, fromText: Bool) -> any SQLExpression {
        SQLQueryString("associations.search_vector @@ to_tsquery('swedish', \(bind: terms.tsQuery))")
    }

    func matchCount(_ terms: SearchTerms, cap: Int, on sql: any SQLDatabase) async throws -> Int? { nil }

    func materializedMatches(_ terms: SearchTerms, cap: Int) -> SQLQueryString? { nil }
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
