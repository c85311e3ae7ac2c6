import SQLKit
import Domain

/// Full-text search over associations: one protocol, one backend per database.
protocol AssociationSearchBackend: Sendable {
    /// A condition on the `associations` table that keeps the rows matching every word.
    func condition(_ terms: SearchTerms) -> any SQLExpression

    /// "Only public associations"; `fromText` asks for a plan that starts from the text matches.
    func publicCondition(fromText: Bool) -> any SQLExpression

    /// Whether starting from the text matches is the better plan for these words.
    func fewMatches(_ terms: SearchTerms, on sql: any SQLDatabase) async throws -> Bool
}

extension AssociationSearchBackend {
    func publicCondition(fromText: Bool) -> any SQLExpression {
        SQLBinaryExpression(left: SQLColumn("status"), op: SQLBinaryOperator.equal, right: SQLBind("verified"))
    }

    /// PostgreSQL's planner weighs this itself from its statistics.
    func fewMatches(_ terms: SearchTerms, on sql: any SQLDatabase) async throws -> Bool { true }
}

/// SQLite FTS5 with `unicode61 remove_diacritics 0`, so "åker" does not find "aker".
struct SQLiteAssociationSearch: AssociationSearchBackend {
    func condition(_ terms: SearchTerms) -> any SQLExpression {
        SQLQueryString("associations.rowid IN (SELECT rowid FROM associations_fts WHERE associations_fts MATCH \(bind: terms.fts5Query))")
    }

    /// SQLite knows nothing of how many rows a MATCH gives, so it is asked. For a rare word the
    /// unary + keeps SQLite from walking the whole (status, sort_key) index: it starts from the
    /// matches and sorts those. For a common word, walking the index in order and testing each
    /// row finds a page at once, where sorting every match would not.
    func publicCondition(fromText: Bool) -> any SQLExpression {
        fromText ? SQLQueryString("+associations.status = \(bind: "verified")")
                 : SQLBinaryExpression(left: SQLColumn("status"), op: SQLBinaryOperator.equal, right: SQLBind("verified"))
    }

    static let fewMatchesLimit = 25_000

    func fewMatches(_ terms: SearchTerms, on sql: any SQLDatabase) async throws -> Bool {
        let row = try await sql.raw("""
            SELECT COUNT(*) AS n FROM (SELECT rowid FROM associations_fts WHERE associations_fts MATCH \(bind: terms.fts5Query) LIMIT \(literal: Self.fewMatchesLimit + 1))
            """).first()
        return (try row?.decode(column: "n", as: Int.self) ?? 0) <= Self.fewMatchesLimit
    }
}

/// PostgreSQL `to_tsvector('swedish', …)` in a generated column with a GIN index.
struct PostgresAssociationSearch: AssociationSearchBackend {
    func condition(_ terms: SearchTerms) -> any SQLExpression {
        SQLQueryString("associations.search_vector @@ to_tsquery('swedish', \(bind: terms.tsQuery))")
    }
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
