import SQLKit
import Domain

/// Full-text search over associations: one protocol, one backend per database.
protocol AssociationSearchBackend: Sendable {
    /// A condition on the `associations` table that keeps the rows matching every word.
    func condition(_ terms: SearchTerms) -> any SQLExpression

    /// "Only public associations", written so that a search is driven by the text index.
    func publicCondition(searching: Bool) -> any SQLExpression
}

extension AssociationSearchBackend {
    func publicCondition(searching: Bool) -> any SQLExpression {
        SQLBinaryExpression(left: SQLColumn("status"), op: SQLBinaryOperator.equal, right: SQLBind("verified"))
    }
}

/// SQLite FTS5 with `unicode61 remove_diacritics 0`, so "åker" does not find "aker".
struct SQLiteAssociationSearch: AssociationSearchBackend {
    func condition(_ terms: SearchTerms) -> any SQLExpression {
        SQLQueryString("associations.rowid IN (SELECT rowid FROM associations_fts WHERE associations_fts MATCH \(bind: terms.fts5Query))")
    }

    /// With a search, the unary + keeps SQLite from walking the whole (status, sort_key) index and
    /// testing each row against the matches; it starts from the matches and sorts those instead.
    func publicCondition(searching: Bool) -> any SQLExpression {
        searching ? SQLQueryString("+associations.status = \(bind: "verified")")
                  : SQLBinaryExpression(left: SQLColumn("status"), op: SQLBinaryOperator.equal, right: SQLBind("verified"))
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
