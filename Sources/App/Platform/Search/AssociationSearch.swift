import SQLKit
import Domain

/// Full-text search over associations: one protocol, one backend per database.
protocol AssociationSearchBackend: Sendable {
    /// A condition on the `associations` table that keeps the rows matching every word (if any)
    /// and having every one of the tags.
    func condition(_ terms: SearchTerms, tags: [SearchTags.Term]) -> any SQLExpression

    /// One page of the public rows matching the words (if any) and having every one of the tags
    /// (IndexAssociationTags), in directory order, with the number of them (counted no further
    /// than `cap + 1`) and each row's categories and district names (`categories`, `districts`,
    /// joined by `tagSeparator`); nil where no one statement gives that (PostgreSQL, whose posting
    /// lists in directory order `DirectoryQuery` reads and intersects itself). `spelling`: the
    /// index's words that begin with a search word, where known (`SearchVocabulary`).
    func orderedPage(_ terms: SearchTerms, spelling: [String: [String]], tags: [SearchTags.Term], columns: [String],
                     limit: Int, offset: Int, cap: Int) -> SQLQueryString?
}

/// Joins the tags of one row in `orderedPage`: a control character no name contains.
let tagSeparator: Character = "\u{1F}"

/// SQLite FTS5 with `unicode61 remove_diacritics 0`, so "åker" does not find "aker". The index
/// holds the public associations only, keyed by their position in the directory's order
/// (CreateDirectoryOrder), so a page of matches is the first rows the index yields.
///
/// Categories, districts, target groups, competences and "joined" are words of the index too, in
/// a column of their own (IndexAssociationTags); the visitor's words are searched in the text
/// columns only. So every search, with filters or without, is the first rows the index yields.
struct SQLiteAssociationSearch: AssociationSearchBackend {
    func condition(_ terms: SearchTerms, tags: [SearchTags.Term]) -> any SQLExpression {
        SQLQueryString("""
            associations.rowid IN (SELECT association_rowid FROM directory_order WHERE position IN \
            (SELECT rowid FROM association_search WHERE association_search MATCH \(bind: match(terms, tags: tags))))
            """)
    }

    func orderedPage(_ terms: SearchTerms, spelling: [String: [String]], tags: [SearchTags.Term], columns: [String],
                     limit: Int, offset: Int, cap: Int) -> SQLQueryString? {
        let selected = columns.map { "a.\($0)" }.joined(separator: ", ")
        // The index is asked once: the matches, in its order, up to the ceiling or the end of the
        // page, whichever is further; the count and the page both come from them (asking twice, a
        // sparse search with three filters took 40 ms at 250 000 associations; once, 18 ms). The
        // count's row comes back even when the page is empty.
        return """
            WITH m(p) AS MATERIALIZED (SELECT rowid FROM association_search WHERE association_search MATCH \(bind: match(terms, spelling: spelling, tags: tags)) \
            ORDER BY rowid LIMIT \(literal: max(cap + 1, offset + limit))), \
            total(n) AS (SELECT COUNT(*) FROM m), \
            page(p) AS MATERIALIZED (SELECT p FROM m ORDER BY p LIMIT \(literal: limit) OFFSET \(literal: offset)) \
            SELECT total.n AS matches, \(unsafeRaw: selected), \(SQL.rowTags) FROM total LEFT JOIN page ON 1 \
            LEFT JOIN directory_order o ON o.position = page.p LEFT JOIN associations a ON a.rowid = o.association_rowid \
            ORDER BY page.p
            """
    }

    /// The FTS5 expression: the words in the text columns, and every tag in `tags`.
    private func match(_ terms: SearchTerms, spelling: [String: [String]] = [:], tags: [SearchTags.Term]) -> String {
        let words = terms.isEmpty ? [] : ["{\(CreateDirectoryOrder.Shape.text.columns.joined(separator: " "))} : (\(terms.fts5Query(spelling: spelling)))"]
        return (words + tags.map(\.fts5)).joined(separator: " AND ")
    }
}

/// PostgreSQL `to_tsvector('swedish', …)` in a generated column with a GIN index, the tags in it
/// as lexemes that start with `#` (IndexAssociationTagsOnPostgres). The words and the tags are two
/// conditions on the one index, which intersects them in one scan; one `tsquery` of both would
/// let words that are all stop words drop out and leave the tags alone. The directory's searches
/// read the same lexemes from their posting lists instead (CreateDirectoryPostingsOnPostgres);
/// this condition serves the other lists that filter by a search.
struct PostgresAssociationSearch: AssociationSearchBackend {
    func condition(_ terms: SearchTerms, tags: [SearchTags.Term]) -> any SQLExpression {
        var conditions: [SQLQueryString] = []
        if !terms.isEmpty { conditions.append("associations.search_vector @@ to_tsquery('swedish', \(bind: terms.tsQuery))") }
        if !tags.isEmpty {
            conditions.append("associations.search_vector @@ \(bind: tags.map(\.tsQuery).joined(separator: " & "))::tsquery")
        }
        return (conditions.isEmpty ? ["TRUE"] : conditions).joined(separator: " AND ")
    }

    func orderedPage(_ terms: SearchTerms, spelling: [String: [String]], tags: [SearchTags.Term], columns: [String],
                     limit: Int, offset: Int, cap: Int) -> SQLQueryString? { nil }
}

extension SQLDatabase {
    var associationSearch: any AssociationSearchBackend {
        dialect.name == "postgresql" ? PostgresAssociationSearch() : SQLiteAssociationSearch()
    }
}

/// Small SQL pieces used by the hand-written read paths.
enum SQL {
    static let count: any SQLExpression = SQLFunction("COUNT", args: SQLLiteral.all)

    /// Each row's categories and district names, joined by `tagSeparator`, as the columns
    /// `categories` and `districts`, for a statement that reads `associations` as `a` (a NULL row
    /// gives NULL): the tags come with the page, one trip to the database instead of three.
    /// `string_agg` with `ORDER BY` is the same on both databases (SQLite 3.44 and later).
    static var rowTags: SQLQueryString {
        """
        (SELECT string_agg(category, \(bind: String(tagSeparator)) ORDER BY category) FROM association_categories \
        WHERE association_id = a.id) AS categories, \
        (SELECT string_agg(d.name, \(bind: String(tagSeparator)) ORDER BY d.position) FROM association_districts ad \
        JOIN districts d ON d.id = ad.district_id WHERE ad.association_id = a.id) AS districts
        """
    }
}
