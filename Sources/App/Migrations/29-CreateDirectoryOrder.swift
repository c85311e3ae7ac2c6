import Fluent
import SQLKit

/// SQLite: a search index whose row ids follow the directory's alphabetical order, so a page of
/// search results is the first rows the index yields — no lookup or sort of every match.
///
/// `directory_order` gives every association a position: an integer that grows with
/// (sort_key, tie-break). A new or renamed association takes the midpoint between its
/// neighbours; when two neighbours have no room left between them, every position is renumbered
/// 2³² apart (one statement each for the order and the index, ~2 s at 250 000 associations; a
/// random 250 000 inserts renumber five times). `association_search` is a contentless FTS5 index
/// of the verified associations only, keyed by position — plain contentless, not
/// `contentless_delete`, so that Debian's sqlite3 (3.40) can still read the file. Triggers keep
/// both current, whichever code writes the row. PostgreSQL keeps its GIN index and its planner
/// (CreateAssociationSearch).
struct CreateDirectoryOrder: AsyncMigration {
    static let top: Int64 = 1 << 62
    static let step: Int64 = 1 << 32
    static let columns = "name, description, easy_read_description, competences"

    func prepare(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        let sql = database as! any SQLDatabase
        for trigger in ["insert", "delete", "update"] {
            try await sql.raw(SQLQueryString(stringLiteral: "DROP TRIGGER associations_fts_\(trigger)")).run()
        }
        try await sql.raw("DROP TABLE associations_fts").run()
        for statement in Self.schema {
            try await sql.raw(SQLQueryString(stringLiteral: statement)).run()
        }
        // Number what is there and index it.
        try await sql.raw("INSERT INTO directory_renumberings DEFAULT VALUES").run()
        try await sql.raw("DELETE FROM directory_renumberings").run()
    }

    func revert(on database: any Database) async throws {
        guard !database.isPostgres else { return }
        let sql = database as! any SQLDatabase
        for name in ["associations_search_insert", "associations_search_update", "associations_search_delete", "directory_renumber"] {
            try await sql.raw(SQLQueryString(stringLiteral: "DROP TRIGGER IF EXISTS \(name)")).run()
        }
        for table in ["association_search", "directory_renumberings", "directory_order"] {
            try await sql.raw(SQLQueryString(stringLiteral: "DROP TABLE IF EXISTS \(table)")).run()
        }
        try await CreateAssociationSearch().prepare(on: database)
        try await sql.raw("INSERT INTO associations_fts(associations_fts) VALUES ('rebuild')").run()
    }

    /// The position for a row with sort key `key` that is not in `directory_order` yet: after every
    /// row with the same or a smaller key, before every row with a larger one. NULL when its
    /// neighbours leave no room.
    static func placement(_ key: String) -> String {
        let previous = "(SELECT position FROM directory_order WHERE sort_key <= \(key) ORDER BY sort_key DESC, position DESC LIMIT 1)"
        let next = "(SELECT position FROM directory_order WHERE sort_key > \(key) ORDER BY sort_key, position LIMIT 1)"
        return """
            (SELECT CASE WHEN p IS NULL AND n IS NULL THEN \(top / 2) \
            WHEN n IS NULL THEN (CASE WHEN p <= \(top - 2) THEN p + min(\(step), (\(top) - p) / 2) END) \
            WHEN p IS NULL THEN (CASE WHEN n >= 2 THEN n - min(\(step), n / 2) END) \
            WHEN n - p >= 2 THEN p + (n - p) / 2 END FROM (SELECT \(previous) AS p, \(next) AS n))
            """
    }

    static func values(of row: String) -> String {
        columns.split(separator: ",").map { "\(row).\($0.trimmingCharacters(in: .whitespaces))" }.joined(separator: ", ")
    }

    /// Place `new` (unless a renumbering already did) and index it if it is public; the marker row
    /// of a renumbering is cleared last.
    static let place = """
        INSERT INTO directory_order(association_rowid, sort_key, position) SELECT new.rowid, new.sort_key, \(placement("new.sort_key"))
          WHERE NOT EXISTS (SELECT 1 FROM directory_order WHERE association_rowid = new.rowid);
        INSERT INTO association_search(rowid, \(columns)) SELECT position, \(values(of: "new")) FROM directory_order
          WHERE association_rowid = new.rowid AND new.status = 'verified' AND NOT EXISTS (SELECT 1 FROM directory_renumberings);
        DELETE FROM directory_renumberings;
        """

    /// A contentless index forgets a row when told the very values it indexed: `old`'s, since
    /// these triggers are the only writers and always index the row as it is.
    static let unindex = """
        INSERT INTO association_search(association_search, rowid, \(columns)) SELECT 'delete', position, \(values(of: "old"))
          FROM directory_order WHERE association_rowid = old.rowid AND old.status = 'verified';
        """

    static let schema = [
        "CREATE TABLE directory_order (association_rowid INTEGER PRIMARY KEY, sort_key TEXT NOT NULL, position INTEGER NOT NULL UNIQUE)",
        "CREATE INDEX directory_order_key ON directory_order(sort_key, position)",
        "CREATE TABLE directory_renumberings (id INTEGER PRIMARY KEY)",
        """
        CREATE VIRTUAL TABLE association_search USING fts5(\(columns), content='',
          tokenize='unicode61 remove_diacritics 0')
        """,
        // A row in directory_renumberings renumbers everything, and stays until the trigger
        // that asked for it has seen it.
        """
        CREATE TRIGGER directory_renumber AFTER INSERT ON directory_renumberings BEGIN
          INSERT INTO association_search(association_search) VALUES ('delete-all');
          DELETE FROM directory_order;
          INSERT INTO directory_order(association_rowid, sort_key, position)
            SELECT rowid, sort_key, row_number() OVER (ORDER BY sort_key, rowid) * \(step) FROM associations;
          INSERT INTO association_search(rowid, \(columns)) SELECT o.position, \(values(of: "a"))
            FROM associations a JOIN directory_order o ON o.association_rowid = a.rowid WHERE a.status = 'verified';
        END
        """,
        """
        CREATE TRIGGER associations_search_insert AFTER INSERT ON associations BEGIN
          INSERT INTO directory_renumberings(id) SELECT NULL WHERE \(placement("new.sort_key")) IS NULL;
          \(place)
        END
        """,
        """
        CREATE TRIGGER associations_search_update AFTER UPDATE OF \(columns), status, sort_key ON associations BEGIN
          \(unindex)
          DELETE FROM directory_order WHERE association_rowid = new.rowid AND old.sort_key IS NOT new.sort_key;
          INSERT INTO directory_renumberings(id) SELECT NULL WHERE old.sort_key IS NOT new.sort_key AND \(placement("new.sort_key")) IS NULL;
          \(place)
        END
        """,
        """
        CREATE TRIGGER associations_search_delete AFTER DELETE ON associations BEGIN
          \(unindex)
          DELETE FROM directory_order WHERE association_rowid = old.rowid;
        END
        """,
    ]
}
