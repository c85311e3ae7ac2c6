import Fluent
import SQLKit

/// SQLite: a search index whose row ids follow the directory's alphabetical order, so a page of
/// search results is the first rows the index yields — no lookup or sort of every match.
///
/// `directory_order` gives every association a position: an integer that grows with
/// (sort_key, tie-break). A new or renamed association takes the midpoint between its
/// neighbours; when two neighbours have no room left between them, the rows after it are spread
/// apart (RespaceDirectoryLocally), and only when those are crowded is every position renumbered
/// 2³² apart (the order and the whole index again: 22 s at 250 000 associations, with the tags
/// and the merge of migration 70). `association_search` is a contentless FTS5 index
/// of the verified associations only, keyed by position — plain contentless, not
/// `contentless_delete`, so that Debian's sqlite3 (3.40) can still read the file. Triggers keep
/// both current, whichever code writes the row. PostgreSQL keeps its GIN index and its planner
/// (CreateAssociationSearch).
struct CreateDirectoryOrder: AsyncMigration {
    static let top: Int64 = 1 << 62
    static let step: Int64 = 1 << 32

    /// What the search index holds: its columns, the SQL value of each for a row of
    /// `associations` (`new`, `old`, `a`), and what else re-indexes a row when it changes.
    struct Shape: Sendable {
        let columns: [String]
        var alsoWatched: [String] = []
        var value: @Sendable (_ column: String, _ row: String) -> String = { column, row in "\(row).\(column)" }

        var list: String { columns.joined(separator: ", ") }
        var watched: String { (columns + alsoWatched + ["status", "sort_key"]).joined(separator: ", ") }
        func values(of row: String) -> String { columns.map { value($0, row) }.joined(separator: ", ") }

        /// The visitor's words are searched in these columns only.
        static let text = Shape(columns: ["name", "description", "easy_read_description", "competences"])
    }

    func prepare(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        let sql = database as! any SQLDatabase
        for trigger in ["insert", "delete", "update"] {
            try await sql.raw(SQLQueryString(stringLiteral: "DROP TRIGGER associations_fts_\(trigger)")).run()
        }
        try await sql.raw("DROP TABLE associations_fts").run()
        for statement in Self.tables + Self.index(.text) {
            try await sql.raw(SQLQueryString(stringLiteral: statement)).run()
        }
        try await Self.renumber(on: sql)
    }

    /// Number every association and index it again.
    static func renumber(on sql: any SQLDatabase) async throws {
        try await sql.raw("INSERT INTO directory_renumberings DEFAULT VALUES").run()
        try await sql.raw("DELETE FROM directory_renumberings").run()
    }

    /// The index and the triggers that keep it, as `index` creates them.
    static let indexObjects = [("TRIGGER", "associations_search_insert"), ("TRIGGER", "associations_search_update"),
                               ("TRIGGER", "associations_search_delete"), ("TRIGGER", "directory_renumber"),
                               ("TRIGGER", RespaceDirectoryLocally.trigger), ("TABLE", "association_search")]

    static func dropIndex(on sql: any SQLDatabase) async throws {
        for (kind, name) in indexObjects {
            try await sql.raw(SQLQueryString(stringLiteral: "DROP \(kind) IF EXISTS \(name)")).run()
        }
    }

    func revert(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        let sql = database as! any SQLDatabase
        try await Self.dropIndex(on: sql)
        for table in ["directory_renumberings", "directory_order"] {
            try await sql.raw(SQLQueryString(stringLiteral: "DROP TABLE IF EXISTS \(table)")).run()
        }
        try await CreateAssociationSearch().prepare(on: database)
        try await sql.raw("INSERT INTO associations_fts(associations_fts) VALUES ('rebuild')").run()
    }

    /// The position for a row with sort key `key` that is not in `directory_order` yet: after every
    /// row with the same or a smaller key, before every row with a larger one. NULL when its
    /// neighbours leave no room.
    static func placement(_ key: String) -> String {
        let previous = previous(key)
        let next = "(SELECT position FROM directory_order WHERE sort_key > \(key) ORDER BY sort_key, position LIMIT 1)"
        return """
            (SELECT CASE WHEN p IS NULL AND n IS NULL THEN \(top / 2) \
            WHEN n IS NULL THEN (CASE WHEN p <= \(top - 2) THEN p + min(\(step), (\(top) - p) / 2) END) \
            WHEN p IS NULL THEN (CASE WHEN n >= 2 THEN n - min(\(step), n / 2) END) \
            WHEN n - p >= 2 THEN p + (n - p) / 2 END FROM (SELECT \(previous) AS p, \(next) AS n))
            """
    }

    /// The position of the last row a row with sort key `key` comes after; NULL when it comes first.
    static func previous(_ key: String) -> String {
        "(SELECT position FROM directory_order WHERE sort_key <= \(key) ORDER BY sort_key DESC, position DESC LIMIT 1)"
    }

    /// Place `new` (unless a renumbering already did) and index it if it is public; the marker row
    /// of a renumbering is cleared last.
    static func place(_ shape: Shape) -> String { """
        INSERT INTO directory_order(association_rowid, sort_key, position) SELECT new.rowid, new.sort_key, \(placement("new.sort_key"))
          WHERE NOT EXISTS (SELECT 1 FROM directory_order WHERE association_rowid = new.rowid);
        INSERT INTO association_search(rowid, \(shape.list)) SELECT position, \(shape.values(of: "new")) FROM directory_order
          WHERE association_rowid = new.rowid AND new.status = 'verified' AND NOT EXISTS (SELECT 1 FROM directory_renumberings);
        DELETE FROM directory_renumberings;
        """
    }

    /// A contentless index forgets a row when told the very values it indexed: `old`'s, since
    /// these triggers are the only writers and always index the row as it is.
    static func unindex(_ shape: Shape) -> String { """
        INSERT INTO association_search(association_search, rowid, \(shape.list)) SELECT 'delete', position, \(shape.values(of: "old"))
          FROM directory_order WHERE association_rowid = old.rowid AND old.status = 'verified';
        """
    }

    static let tables = [
        "CREATE TABLE directory_order (association_rowid INTEGER PRIMARY KEY, sort_key TEXT NOT NULL, position INTEGER NOT NULL UNIQUE)",
        "CREATE INDEX directory_order_key ON directory_order(sort_key, position)",
        "CREATE TABLE directory_renumberings (id INTEGER PRIMARY KEY)",
    ]

    static func index(_ shape: Shape) -> [String] { [
        """
        CREATE VIRTUAL TABLE association_search USING fts5(\(shape.list), content='',
          tokenize='unicode61 remove_diacritics 0')
        """,
        renumbering(shape)] + triggers(shape, respacing: false)
    }

    static func renumbering(_ shape: Shape) -> String {
        // A row in directory_renumberings renumbers everything, and stays until the trigger
        // that asked for it has seen it. The index built anew is merged into one segment: a
        // search then reads each word's list once, not once per segment (the search mix's
        // slowest searches at 250 000: 26 → 15 ms; 3 s more per renumbering).
        return """
        CREATE TRIGGER directory_renumber AFTER INSERT ON directory_renumberings BEGIN
          INSERT INTO association_search(association_search) VALUES ('delete-all');
          DELETE FROM directory_order;
          INSERT INTO directory_order(association_rowid, sort_key, position)
            SELECT rowid, sort_key, row_number() OVER (ORDER BY sort_key, rowid) * \(step) FROM associations;
          INSERT INTO association_search(rowid, \(shape.list)) SELECT o.position, \(shape.values(of: "a"))
            FROM associations a JOIN directory_order o ON o.association_rowid = a.rowid WHERE a.status = 'verified';
          INSERT INTO association_search(association_search) VALUES ('optimize');
        END
        """
    }

    /// The triggers that keep the order and the index as rows change. With `respacing`
    /// (RespaceDirectoryLocally), a row with no room between its neighbours first spreads a few
    /// rows after it apart; everything is renumbered only when that finds no room either.
    static func triggers(_ shape: Shape, respacing: Bool) -> [String] { [
        """
        CREATE TRIGGER associations_search_insert AFTER INSERT ON associations BEGIN
          \(respacing ? RespaceDirectoryLocally.makeRoom("new.sort_key", when: "1") : "")
          INSERT INTO directory_renumberings(id) SELECT NULL WHERE \(placement("new.sort_key")) IS NULL;
          \(place(shape))
        END
        """,
        """
        CREATE TRIGGER associations_search_update AFTER UPDATE OF \(shape.watched) ON associations BEGIN
          \(unindex(shape))
          DELETE FROM directory_order WHERE association_rowid = new.rowid AND old.sort_key IS NOT new.sort_key;
          \(respacing ? RespaceDirectoryLocally.makeRoom("new.sort_key", when: "old.sort_key IS NOT new.sort_key") : "")
          INSERT INTO directory_renumberings(id) SELECT NULL WHERE old.sort_key IS NOT new.sort_key AND \(placement("new.sort_key")) IS NULL;
          \(place(shape))
        END
        """,
        """
        CREATE TRIGGER associations_search_delete AFTER DELETE ON associations BEGIN
          \(unindex(shape))
          DELETE FROM directory_order WHERE association_rowid = old.rowid;
        END
        """,
    ] }
}
