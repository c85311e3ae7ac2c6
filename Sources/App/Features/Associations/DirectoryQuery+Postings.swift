import Foundation
import Fluent
import SQLKit
import NIOConcurrencyHelpers
import Domain

/// PostgreSQL: a search's matches from the posting lists in directory order
/// (CreateDirectoryPostingsOnPostgres): each term's list read from its index, the lists
/// intersected here, and the page's rows read by position. No match is visited in the table,
/// however many there are, and the count is exact.
extension DirectoryQuery {
    /// A search's terms as ranges of lexemes in byte order (`COLLATE "C"`), each range one list
    /// to intersect: each lexeme of each word (stemmed as the search vector's words are) and all
    /// that start with it; each tag, or all that start with a tag prefix.
    struct Ranges {
        var ranges: [(low: String, high: String)] = []
        /// Words were asked and none of them has a lexeme (all stop words): nothing matches, as
        /// `to_tsquery` finds nothing then.
        var nothing = false

        /// After every text that starts with a prefix, in byte order.
        static let last = "\u{10FFFF}"

        init(_ filter: Filter, stems: [String: [String]]) {
            let lexemes = filter.terms.words.flatMap { stems[$0] ?? [] }
            nothing = !filter.terms.isEmpty && lexemes.isEmpty
            ranges = Array(Set(lexemes)).sorted().map { ($0, $0 + Self.last) } + filter.tagTerms.map { term in
                switch term {
                case .token(let token): ("#" + token, "#" + token + "\u{1}")
                case .prefix(let start): ("#" + start, "#" + start + Self.last)
                }
            }
        }
    }

    /// Each word's lexemes, as `to_tsvector('swedish', …)` makes them, kept for the process's life
    /// (the configuration does not change while it runs; a bounded number of words).
    private static let stems = NIOLockedValueBox<[String: [String]]>([:])

    func stems(_ words: [String]) async throws -> [String: [String]] {
        var known = Self.stems.withLockedValue { kept in
            Dictionary(words.compactMap { word in kept[word].map { (word, $0) } }) { first, _ in first }
        }
        let missing = words.filter { known[$0] == nil }
        guard !missing.isEmpty else { return known }
        for word in missing { known[word] = [] }
        for row in try await sql.raw("""
            SELECT w.t AS word, l AS lexeme FROM unnest(\(bind: missing)::text[]) AS w(t), unnest(tsvector_to_array(to_tsvector('swedish', w.t))) AS l
            """).all() {
            known[try row.decode(column: "word", as: String.self), default: []].append(try row.decode(column: "lexeme", as: String.self))
        }
        Self.stems.withLockedValue { kept in
            if kept.count > 10_000 { kept.removeAll() }
            kept.merge(known) { _, new in new }
        }
        return known
    }

    /// The chunks each range's lists have (`k` numbering the ranges, in order), read from the
    /// primary key alone; also used by the query-plan test. A range no lexeme falls in gives no chunks.
    func chunksStatement(_ ranges: Ranges) -> SQLQueryString {
        """
        SELECT r.i AS k, array_remove(array_agg(p.chunk ORDER BY p.chunk), NULL) AS chunks \
        FROM unnest(\(bind: ranges.ranges.map(\.low))::text[], \(bind: ranges.ranges.map(\.high))::text[]) WITH ORDINALITY AS r(low, high, i) \
        LEFT JOIN directory_postings p ON p.term >= r.low COLLATE "C" AND p.term < r.high COLLATE "C" GROUP BY r.i ORDER BY r.i
        """
    }

    /// The lists of every range within `chunks` (nil: all of them), also used by the query-plan
    /// test: one row per chunk of each range's lists, in order. Asked as a join (or a lateral
    /// subquery it could pull up), the planner read the whole table and filtered it by the ranges
    /// (30–40 ms); kept apart by `OFFSET 0`, each range reads its own index entries (4 ms for
    /// 1 268 chunks of five broad ranges).
    func postingsStatement(_ ranges: Ranges, chunks: [Int64]?) -> SQLQueryString {
        let within: SQLQueryString = chunks.map { " AND chunk = ANY(\(bind: $0)::bigint[])" } ?? ""
        return """
        SELECT r.i AS k, p.chunk, p.packed FROM unnest(\(bind: ranges.ranges.map(\.low))::text[], \(bind: ranges.ranges.map(\.high))::text[]) \
        WITH ORDINALITY AS r(low, high, i) CROSS JOIN LATERAL (SELECT chunk, packed FROM directory_postings \
        WHERE term >= r.low COLLATE "C" AND term < r.high COLLATE "C"\(within) OFFSET 0) p ORDER BY r.i, p.chunk
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

    /// The matches in directory order: every range's positions intersected.
    static func positions(postings rows: [any SQLRow], ranges: Int, within chunks: Set<Int64>) throws -> [Int64] {
        var lists = [[[Int64]]](repeating: [], count: ranges)
        for row in rows where chunks.contains(try row.decode(column: "chunk", as: Int64.self)) {
            lists[try row.decode(column: "k", as: Int.self) - 1].append(try PostingLists.unpacked(try row.decode(column: "packed", as: Data.self)))
        }
        return PostingLists.intersection(lists.map(PostingLists.merged))
    }

    /// A search's matches, read in the snapshot `sql` reads in. Only the chunks every range has
    /// can hold a match; when they are few, only those are read: a rare word with "joined" reads a
    /// few chunks of the 100 000 positions of "joined", not all of them. Many chunks are read with
    /// the ranges alone: one index descent per chunk and range cost more than reading them all.
    func matches(_ filter: Filter, on sql: any SQLDatabase, stems: [String: [String]]) async throws -> [Int64] {
        let ranges = Ranges(filter, stems: stems)
        return try await matches(ranges, chunks: try await chunks(ranges, on: sql), on: sql)
    }

    /// The matches of `ranges` within `chunks`, the chunks every range has (`chunks(_:on:)`).
    func matches(_ ranges: Ranges, chunks: [Int64], on sql: any SQLDatabase) async throws -> [Int64] {
        guard !chunks.isEmpty else { return [] }
        let statement = postingsStatement(ranges, chunks: chunks.count <= fewChunks ? chunks : nil)
        return try Self.positions(postings: try await sql.raw(statement).all(), ranges: ranges.ranges.count, within: Set(chunks))
    }

    /// The chunks every range has.
    func chunks(_ ranges: Ranges, on sql: any SQLDatabase) async throws -> [Int64] {
        guard !ranges.nothing else { return [] }
        return PostingLists.intersection(try await sql.raw(chunksStatement(ranges)).all().map { try $0.decode(column: "chunks", as: [Int64].self) })
    }

    /// A search's page and count from the posting lists, in one read-only snapshot.
    func fromPostings(_ filter: Filter, _ page: Domain.PageRequest) async throws -> Paged<Row> {
        let stems = try await stems(filter.terms.words)
        return try await db.transaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY").run()
            let matches = try await matches(filter, on: sql, stems: stems)
            let positions = matches.page(page)
            let rows = positions.isEmpty ? [] : try Self.pageRows(try await sql.raw(positionedRowsStatement(positions)).all())
            return Paged(items: rows, page: page, total: min(matches.count, ceiling), totalIsExact: matches.count <= ceiling)
        }
    }
}

extension Array where Element == Int64 {
    /// The positions of one page of the matches.
    func page(_ page: Domain.PageRequest) -> [Int64] { Array(dropFirst(page.offset).prefix(page.size)) }
}
