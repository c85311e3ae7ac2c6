import Fluent
import SQLKit

/// SQLite: when a new or renamed association finds no room between its neighbours in
/// `directory_order`, the rows just after it are spread apart, not the whole directory renumbered.
///
/// Renumbering every position re-indexes every verified association and merges the index: 22 s at
/// 250 000 associations, inside the writing transaction, so the person registering waits that long
/// and every other write waits behind them. Names that sort next to each other, registered one
/// after another ("Blandad förening 1", "… 2", as `bench/run --mixed` registers), halve the same
/// room each time and ran out of it every 32 registrations.
///
/// A respacing takes the first of `windows` rows after the insertion point whose span leaves at
/// least `minimumSpacing` between them, moves them evenly apart within that span (their order kept)
/// and re-indexes just them: 64 rows in a few milliseconds. Only when even the largest window is
/// crowded is everything renumbered, as before. PostgreSQL has no positions.
struct RespaceDirectoryLocally: AsyncMigration {
    static let trigger = "directory_respace"
    /// How many rows after the insertion point a respacing may move, the smallest tried first.
    static let windows = [64, 1_024, 16_384]
    /// The least room a respacing leaves between two rows: 16 more names at one spot before the next.
    static let minimumSpacing: Int64 = 1 << 16

    func prepare(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        try await database.transaction { tx in
            let sql = tx as! any SQLDatabase
            try await sql.raw("CREATE TABLE directory_respacings (low INTEGER NOT NULL, high INTEGER NOT NULL)").run()
            try await sql.raw(SQLQueryString(stringLiteral: Self.respacing(IndexAssociationTags.shape))).run()
            try await Self.replaceTriggers(respacing: true, on: sql)
        }
    }

    func revert(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        try await database.transaction { tx in
            let sql = tx as! any SQLDatabase
            try await Self.replaceTriggers(respacing: false, on: sql)
            try await sql.raw(SQLQueryString(stringLiteral: "DROP TRIGGER IF EXISTS \(Self.trigger)")).run()
            try await sql.raw("DROP TABLE IF EXISTS directory_respacings").run()
        }
    }

    /// The insert and update triggers, with or without respacing; the rest of the index stays.
    static func replaceTriggers(respacing: Bool, on sql: any SQLDatabase) async throws {
        for name in ["associations_search_insert", "associations_search_update", "associations_search_delete"] {
            try await sql.raw(SQLQueryString(stringLiteral: "DROP TRIGGER IF EXISTS \(name)")).run()
        }
        for statement in CreateDirectoryOrder.triggers(IndexAssociationTags.shape, respacing: respacing) {
            try await sql.raw(SQLQueryString(stringLiteral: statement)).run()
        }
    }

    /// Statements for a trigger: when `when` holds and a row with sort key `key` has no room, ask
    /// for a respacing after the row it comes after, in the first window that leaves room.
    static func makeRoom(_ key: String, when condition: String) -> String {
        let low = "COALESCE(\(CreateDirectoryOrder.previous(key)), 0)"
        return windows.map { window in
            let high = "COALESCE((SELECT position FROM directory_order WHERE position > lo ORDER BY position LIMIT 1 OFFSET \(window)), \(CreateDirectoryOrder.top))"
            return """
                INSERT INTO directory_respacings(low, high) SELECT lo, hi FROM (SELECT lo, \(high) AS hi FROM (SELECT \(low) AS lo))
                  WHERE \(condition) AND \(CreateDirectoryOrder.placement(key)) IS NULL AND (hi - lo) / \(window + 1) >= \(minimumSpacing);
                """
        }.joined(separator: "\n") + "\nDELETE FROM directory_respacings;"
    }

    /// Spreads the rows strictly between `low` and `high` evenly over that span, in their order:
    /// out of the index at their old positions, moved (through negative positions, so that no two
    /// rows ever share one), and into the index at the new ones.
    static func respacing(_ shape: CreateDirectoryOrder.Shape) -> String {
        let window = "o.position > new.low AND o.position < new.high"
        return """
            CREATE TRIGGER \(trigger) AFTER INSERT ON directory_respacings BEGIN
              INSERT INTO association_search(association_search, rowid, \(shape.list))
                SELECT 'delete', o.position, \(shape.values(of: "a")) FROM directory_order o
                JOIN associations a ON a.rowid = o.association_rowid WHERE \(window) AND a.status = 'verified';
              UPDATE directory_order SET position = -position WHERE position > new.low AND position < new.high;
              UPDATE directory_order SET position = new.low + r.n * ((new.high - new.low) / (r.c + 1))
                FROM (SELECT association_rowid AS id, row_number() OVER (ORDER BY position DESC) AS n, count(*) OVER () AS c
                      FROM directory_order WHERE position < 0) AS r
                WHERE directory_order.association_rowid = r.id;
              INSERT INTO association_search(rowid, \(shape.list))
                SELECT o.position, \(shape.values(of: "a")) FROM directory_order o
                JOIN associations a ON a.rowid = o.association_rowid WHERE \(window) AND a.status = 'verified';
            END
            """
    }
}
