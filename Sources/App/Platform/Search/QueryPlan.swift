import Fluent
import SQLKit
import NIOConcurrencyHelpers

/// How the database means to run a query, for the test that no list reads a whole big table,
/// and how it ran one, for `samverka explain-search`.
/// SQLite: EXPLAIN QUERY PLAN; PostgreSQL: EXPLAIN with sequential scans switched off for the
/// transaction, so a "Seq Scan" in the plan means that no index can serve the query at all.
enum QueryPlan {
    struct Explain: SQLExpression {
        let prefix: String
        let query: any SQLExpression

        func serialize(to serializer: inout SQLSerializer) {
            serializer.write(prefix + " ")
            query.serialize(to: &serializer)
        }
    }

    static func lines(_ query: any SQLExpression, on db: any Database) async throws -> [String] {
        try await db.transaction { tx in
            let sql = tx as! any SQLDatabase
            let isPostgres = sql.dialect.name == "postgresql"
            if isPostgres { try await sql.raw("SET LOCAL enable_seqscan = off").run() }
            let lines = NIOLockedValueBox<[String]>([])
            try await sql.execute(sql: Explain(prefix: isPostgres ? "EXPLAIN" : "EXPLAIN QUERY PLAN", query: query)) { row in
                if let line = try? row.decode(column: isPostgres ? "QUERY PLAN" : "detail", as: String.self) {
                    lines.withLockedValue { $0.append(line) }
                }
            }
            return lines.withLockedValue { $0 }
        }
    }

    /// How the database ran a query: PostgreSQL's EXPLAIN (ANALYZE, BUFFERS), which runs it;
    /// SQLite's EXPLAIN QUERY PLAN, after running it once.
    static func analyzed(_ query: any SQLExpression, on db: any Database) async throws -> [String] {
        try await db.transaction { tx in
            let sql = tx as! any SQLDatabase
            let isPostgres = sql.dialect.name == "postgresql"
            if !isPostgres { try await sql.execute(sql: query) { _ in } }
            let lines = NIOLockedValueBox<[String]>([])
            try await sql.execute(sql: Explain(prefix: isPostgres ? "EXPLAIN (ANALYZE, BUFFERS)" : "EXPLAIN QUERY PLAN", query: query)) { row in
                if let line = try? row.decode(column: isPostgres ? "QUERY PLAN" : "detail", as: String.self) {
                    lines.withLockedValue { $0.append(line) }
                }
            }
            return lines.withLockedValue { $0 }
        }
    }

    /// The tables among `tables` that the plan reads from start to end, with no index.
    static func fullScans(_ lines: [String], of tables: [String]) -> [String] {
        tables.filter { table in
            lines.contains { line in
                (line == "SCAN \(table)" || line.hasPrefix("SCAN \(table) ")) && !line.contains(" USING ")
                    || line.contains("Seq Scan on \(table) ") || line.hasSuffix("Seq Scan on \(table)")
            }
        }
    }
}
