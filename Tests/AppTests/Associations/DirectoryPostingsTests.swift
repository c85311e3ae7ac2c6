@testable import App
import Testing
import Vapor
import Fluent
import SQLKit
import Domain

/// PostgreSQL's posting lists in directory order (CreateDirectoryPostingsOnPostgres), checked
/// against the rows themselves. SearchOrderTests checks them after inserts, crowded spots,
/// renames, status changes and deletes; SearchMixTests compares searches with a plain query.
@Suite("Directory posting lists (PostgreSQL): kept exactly as the rows are")
struct DirectoryPostingsTests {
    /// PostgreSQL (CreateDirectoryPostingsOnPostgres): every row placed, positions in directory
    /// order, and the posting lists exactly the public rows' (lexeme, position) pairs, each list
    /// sorted and in its chunk. Passes on SQLite, which has no lists.
    static func hold(_ ctx: TestApp.Context) async throws {
        guard ctx.app.db.isPostgres else { return }
        let listed = "SELECT term, v FROM directory_postings, unnest(positions) AS v"
        let pairs = CreateDirectoryPostingsOnPostgres.pairs("associations")
        let row = try #require(try await (ctx.app.db as! any SQLDatabase).raw(SQLQueryString(stringLiteral: """
            SELECT (SELECT count(*) FROM ((\(listed) EXCEPT \(pairs)) UNION ALL (\(pairs) EXCEPT \(listed))) d) AS wrong,
              (SELECT count(*) FROM associations WHERE directory_position IS NULL) AS unplaced,
              (SELECT count(*) FROM (SELECT directory_position AS p, lag(directory_position) OVER (ORDER BY sort_key, directory_position) AS q
                FROM associations) o WHERE q >= p) AS disordered,
              (SELECT count(*) FROM directory_postings WHERE positions <> ARRAY(SELECT v FROM unnest(positions) AS v ORDER BY v)
                OR EXISTS (SELECT 1 FROM unnest(positions) AS v WHERE v >> \(CreateDirectoryPostingsOnPostgres.chunkShift) <> chunk)) AS misfiled
            """)).first())
        for column in ["wrong", "unplaced", "disordered", "misfiled"] {
            #expect(try row.decode(column: column, as: Int.self) == 0, "\(column)")
        }
    }

    @Test("the migration builds the lists for a register that is there; a renumbering keeps order and lists")
    func migration() async throws {
        try await TestApp.run { ctx in
            guard ctx.app.db.isPostgres else { return }
            let sql = ctx.app.db as! any SQLDatabase
            try await CreateDirectoryPostingsOnPostgres().revert(on: ctx.app.db)
            let gone = try await sql.raw("SELECT to_regclass('directory_postings') IS NULL AS gone").first()
            #expect(try gone?.decode(column: "gone", as: Bool.self) == true)
            try await CreateDirectoryPostingsOnPostgres().prepare(on: ctx.app.db)
            try await Self.hold(ctx)
            let lists = try await sql.raw("SELECT count(*) AS n FROM directory_postings").first()?.decode(column: "n", as: Int.self)
            #expect((lists ?? 0) > 100)

            // a crowded spot: the rows after "A" one position apart, and a name between them
            try await sql.raw("""
                UPDATE associations a SET directory_position = o.n FROM (SELECT id, row_number() OVER (ORDER BY sort_key, id) AS n
                FROM associations) o WHERE a.id = o.id
                """).run()
            try await Self.hold(ctx)
            try await ctx.association("Aaaa bollklubb")
            try await Self.hold(ctx)
            try await sql.raw("SELECT directory_renumber()").run()
            try await Self.hold(ctx)
            let first = try await sql.raw("SELECT min(directory_position) AS p FROM associations").first()?.decode(column: "p", as: Int64.self)
            #expect(first == CreateDirectoryOrder.step)
        }
    }
}
