import Fluent
import SQLKit
import Domain

/// PostgreSQL: a search's matches from the posting lists in directory order
/// (CreateDirectoryPostingsOnPostgres): each term's list read from its index, the lists
/// intersected here, and the page's rows read by position. No match is visited in the table,
/// however many there are, and the count is exact.
extension DirectoryQuery {
    /// The terms of a search as ranges of lexemes: each lexeme of each word (stemmed as the
    /// search vector's words are) and everything that starts with it; each tag, or everything that
    /// starts with a tag prefix. A word that is all stop words gives no range.
    struct Ranges {
        var words: [String]
        var tags: [(low: String, high: String)]

        init(_ filter: Filter) {
            words = filter.terms.words
            tags = filter.tagTerms.map { term in
                switch term {
                case .token(let token): ("#" + token, "#" + token + "\u{1}")
                case .prefix(let start): ("#" + start, "#" + start + Self.last)
                }
            }
        }

        /// After every text that starts with a prefix, in byte order (`COLLATE "C"`).
        static let last = "\u{10FFFF}"
    }

    /// The statement that reads the lists, also used by the query-plan test: one row per chunk of
    /// each list, with the range it answers (`k`, `low`); a range no lexeme falls in gives one row
    /// with no positions.
    func postingsStatement(_ filter: Filter) -> SQLQueryString {
        let ranges = Ranges(filter)
        return """
            WITH e(k, low, high) AS (SELECT w.i, l, l || \(bind: Ranges.last) FROM unnest(\(bind: ranges.words)::text[]) WITH ORDINALITY AS w(t, i), \
            unnest(tsvector_to_array(to_tsvector('swedish', w.t))) AS l \
            UNION ALL SELECT \(literal: SearchTerms.maximumWords) + t.i, t.low, t.high \
            FROM unnest(\(bind: ranges.tags.map(\.low))::text[], \(bind: ranges.tags.map(\.high))::text[]) WITH ORDINALITY AS t(low, high, i)) \
            SELECT e.k, e.low, p.positions FROM e LEFT JOIN directory_postings p \
            ON p.term >= e.low COLLATE "C" AND p.term < e.high COLLATE "C" ORDER BY e.k, e.low, p.chunk
            """
    }

    /// The page's rows with their tags, by position, also used by the query-plan test.
    func positionedRowsStatement(_ positions: [Int64]) -> SQLQueryString {
        let columns = Self.columns.map { "a.\($0)" }.joined(separator: ", ")
        return """
            SELECT \(unsafeRaw: columns), \(SQL.rowTags) FROM associations a \
            WHERE a.directory_position = ANY(\(bind: positions)::bigint[]) AND a.status = 'verified' ORDER BY a.directory_position
            """
    }

    /// The matches in directory order: every range's positions intersected; none when a word had
    /// only stop words (as `to_tsquery` finds nothing then).
    static func positions(postings rows: [any SQLRow], words: Int) throws -> [Int64] {
        var lists: [String: [[Int64]]] = [:]
        var wordRanges = 0
        for row in rows {
            let key = "\(try row.decode(column: "k", as: Int.self))\u{1F}\(try row.decode(column: "low", as: String.self))"
            if lists[key] == nil, try row.decode(column: "k", as: Int.self) <= SearchTerms.maximumWords { wordRanges += 1 }
            lists[key, default: []].append(try row.decode(column: "positions", as: [Int64]?.self) ?? [])
        }
        if words > 0 && wordRanges == 0 { return [] }
        return PostingLists.intersection(lists.values.map(PostingLists.merged))
    }

    /// A search's page and count from the posting lists, in one read-only snapshot.
    func fromPostings(_ filter: Filter, _ page: Domain.PageRequest) async throws -> Paged<Row> {
        let statement = postingsStatement(filter)
        return try await db.transaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
            let matches = try Self.positions(postings: try await sql.raw(statement).all(), words: filter.terms.words.count)
            let positions = Array(matches.dropFirst(page.offset).prefix(page.size))
            let rows = positions.isEmpty ? [] : try Self.pageRows(try await sql.raw(positionedRowsStatement(positions)).all())
            return Paged(items: rows, page: page, total: min(matches.count, ceiling), totalIsExact: matches.count <= ceiling)
        }
    }
}
