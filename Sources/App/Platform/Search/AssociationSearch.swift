import SQLKit
import Domain

/// Full-text search over associations: one protocol, one backend per database.
protocol AssociationSearchBackend: Sendable {
    /// A condition on the `associations` table that keeps the rows matching every word.
    func condition(_ terms: SearchTerms) -> any SQLExpression
}

/// SQLite FTS5 with `unicode61 remove_diacritics 0`, so "åker" does not find "aker".
struct SQLiteAssociationSearch: AssociationSearchBackend {
    func condition(_ terms: SearchTerms) -> any SQLExpression {
        SQLQueryString("associations.rowid IN (SELECT rowid FROM associations_fts WHERE associations_fts MATCH \(bind: terms.fts5Query))")
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
