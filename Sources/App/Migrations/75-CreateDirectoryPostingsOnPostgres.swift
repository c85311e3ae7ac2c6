import Fluent
import SQLKit

/// PostgreSQL: every lexeme of the public associations' search vectors (words and tags) with the
/// directory positions that hold it, in directory order, so a search is a few posting lists read
/// and intersected, and its count and page come from them without reading a row of the table.
///
/// The GIN index finds a search's matches, but counting and ordering them meant visiting each in
/// the table: 10 001 heap visits (20–40 ms at 250 000 associations) for every search with that many
/// matches, and a deep page of a search with 2 000–10 000 matches had no cheap plan (issue 23,
/// bench/RESULTS.md). What SQLite got from its FTS5 table keyed by position (CreateDirectoryOrder).
///
/// - `associations.directory_position` grows with (sort_key, position), as `directory_order`'s
///   does on SQLite: a new or renamed row takes the midpoint between its neighbours, a crowded
///   spot spreads the rows after it apart (RespaceDirectoryLocally's windows), and only when those
///   are crowded is everything renumbered. A rename first clears the row's position, so no other
///   row can be moved onto a position the row still holds.
/// - `directory_postings(term, chunk, positions, packed)`: a lexeme's positions, sorted, cut into
///   chunks of 2⁴² positions (1 024 rows as numbered) so that a change rewrites a small array. A
///   change removes the pairs no row still holds and adds the new ones, in one statement-level
///   trigger. `packed` is the array in its binary form, generated, so a search reads bytes:
///   sending `bigint[]` cost PostgreSQL 50 ns and the client more per position, 15–20 ms for a
///   search whose lists hold 150 000 (`q=unga` with a district, a category and "joined").
/// - Writers of positions and postings take one advisory lock, so concurrent changes queue
///   instead of deadlocking on the postings they share.
/// - A bulk load (`seed --scale`) sets `samverka.directory_deferred` for its transactions and calls
///   `directory_renumber()` at the end, which numbers every row and builds the lists in one pass.
struct CreateDirectoryPostingsOnPostgres: AsyncMigration {
    static let lock = 7_535_475
    static let chunkShift = 42
    static let deferred = "current_setting('samverka.directory_deferred', true) = 'on'"

    func prepare(on database: any Database) async throws {
        guard database.isPostgres else { return }
        try await database.transaction { tx in
            let sql = tx as! any SQLDatabase
            // lz4 where the server has it (Debian's does): unpacked in a fraction of pglz's time.
            let lz4 = try await sql.raw("SELECT 'lz4' = ANY(enumvals) AS lz4 FROM pg_settings WHERE name = 'default_toast_compression'")
                .first()?.decode(column: "lz4", as: Bool.self) ?? false
            for statement in Self.objects(compression: lz4 ? " COMPRESSION lz4" : "") + [Self.renumber, Self.makeRoom, Self.place, Self.postingsOnUpdate, Self.postingsOnDelete] + Self.triggers {
                try await sql.raw(SQLQueryString(stringLiteral: statement)).run()
            }
            try await sql.raw("SELECT directory_renumber()").run()
        }
    }

    func revert(on database: any Database) async throws {
        guard database.isPostgres else { return }
        try await database.transaction { tx in
            let sql = tx as! any SQLDatabase
            for function in ["directory_unplace", "directory_place", "directory_postings_update", "directory_postings_delete"] {
                try await sql.raw(SQLQueryString(stringLiteral: "DROP FUNCTION IF EXISTS \(function)() CASCADE")).run()
            }
            try await sql.raw("DROP FUNCTION IF EXISTS directory_make_room(bigint)").run()
            try await sql.raw("DROP FUNCTION IF EXISTS directory_renumber()").run()
            try await sql.raw("DROP TABLE IF EXISTS directory_postings").run()
            try await sql.raw("DROP FUNCTION IF EXISTS directory_pack(bigint[])").run()
            try await sql.raw("ALTER TABLE associations DROP COLUMN IF EXISTS directory_position").run()
        }
    }

    static func objects(compression: String) -> [String] { [
        "ALTER TABLE associations ADD COLUMN directory_position bigint",
        // Checked at the end of each statement: a respacing moves rows past each other's old places.
        """
        ALTER TABLE associations ADD CONSTRAINT associations_directory_position UNIQUE (directory_position) \
        DEFERRABLE INITIALLY IMMEDIATE
        """,
        "CREATE INDEX associations_directory_order ON associations (sort_key, directory_position)",
        // array_send is stable only because it looks up the element type's send function.
        "CREATE FUNCTION directory_pack(bigint[]) RETURNS bytea LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS 'SELECT array_send($1)'",
        """
        CREATE TABLE directory_postings (term text COLLATE "C" NOT NULL, chunk bigint NOT NULL, positions bigint[] NOT NULL, \
        packed bytea\(compression) GENERATED ALWAYS AS (directory_pack(positions)) STORED, PRIMARY KEY (term, chunk))
        """,
        // A search reads a few index ranges: starting workers took longer than reading them.
        "ALTER TABLE directory_postings SET (parallel_workers = 0)",
    ] }

    /// The (lexeme, position) pairs of the public rows of `rows`, an SQL table expression.
    static func pairs(_ rows: String) -> String {
        """
        SELECT l AS term, r.directory_position AS pos FROM \(rows) r, unnest(tsvector_to_array(r.search_vector)) AS l \
        WHERE r.status = 'verified' AND r.directory_position IS NOT NULL
        """
    }

    /// Every row numbered anew, `CreateDirectoryOrder.step` apart in directory order, and every
    /// posting list built again from them.
    static let renumber = """
        CREATE FUNCTION directory_renumber() RETURNS void LANGUAGE plpgsql AS $$
        DECLARE was text := coalesce(current_setting('samverka.directory_deferred', true), '');
        BEGIN
          PERFORM pg_advisory_xact_lock(\(lock));
          PERFORM set_config('samverka.directory_deferred', 'on', true);
          UPDATE associations a SET directory_position = o.n * \(CreateDirectoryOrder.step)
            FROM (SELECT id, row_number() OVER (ORDER BY sort_key, directory_position NULLS LAST, id) AS n FROM associations) o
            WHERE a.id = o.id AND a.directory_position IS DISTINCT FROM o.n * \(CreateDirectoryOrder.step);
          DELETE FROM directory_postings;
          INSERT INTO directory_postings (term, chunk, positions)
            SELECT term, pos >> \(chunkShift), array_agg(pos ORDER BY pos) FROM (\(pairs("associations"))) p GROUP BY 1, 2;
          PERFORM set_config('samverka.directory_deferred', was, true);
        END $$
        """

    /// Room after position `low` (NULL: before the first row): the first window of rows after it
    /// whose span leaves `RespaceDirectoryLocally.minimumSpacing` between them is spread evenly
    /// over that span, their order kept; when none does, everything is renumbered.
    static let makeRoom = """
        CREATE FUNCTION directory_make_room(low bigint) RETURNS void LANGUAGE plpgsql AS $$
        DECLARE size int; found int; bound bigint; gap bigint; base bigint := coalesce(low, 0);
        BEGIN
          FOREACH size IN ARRAY ARRAY[\(RespaceDirectoryLocally.windows.map(String.init).joined(separator: ", "))] LOOP
            SELECT count(*), max(directory_position) INTO found, bound FROM (SELECT directory_position FROM associations
              WHERE directory_position > base ORDER BY directory_position LIMIT size + 1) w;
            IF found <= size THEN bound := \(CreateDirectoryOrder.top); ELSE found := size; END IF;
            gap := (bound - base) / (found + 1);
            IF gap >= \(RespaceDirectoryLocally.minimumSpacing) THEN
              UPDATE associations a SET directory_position = base + gap * w.i
                FROM (SELECT id, row_number() OVER (ORDER BY directory_position) AS i FROM (SELECT id, directory_position
                  FROM associations WHERE directory_position > base ORDER BY directory_position LIMIT found) f) w
                WHERE a.id = w.id;
              RETURN;
            END IF;
          END LOOP;
          PERFORM directory_renumber();
        END $$
        """

    /// A new or renamed row, its position cleared by `directory_unplace`, takes the midpoint
    /// between the last row that sorts with or before it and the next.
    static let place = """
        CREATE FUNCTION directory_place() RETURNS trigger LANGUAGE plpgsql AS $$
        DECLARE p bigint; n bigint; x bigint;
        BEGIN
          IF \(deferred) THEN RETURN NULL; END IF;
          PERFORM pg_advisory_xact_lock(\(lock));
          LOOP
            SELECT directory_position INTO x FROM associations WHERE id = NEW.id;
            EXIT WHEN NOT FOUND OR x IS NOT NULL;
            SELECT directory_position INTO p FROM associations WHERE sort_key <= NEW.sort_key AND directory_position IS NOT NULL
              ORDER BY sort_key DESC, directory_position DESC LIMIT 1;
            SELECT min(directory_position) INTO n FROM associations WHERE directory_position > coalesce(p, -1);
            x := CASE WHEN p IS NULL AND n IS NULL THEN \(CreateDirectoryOrder.top / 2)
              WHEN n IS NULL THEN (CASE WHEN p <= \(CreateDirectoryOrder.top - 2) THEN p + least(\(CreateDirectoryOrder.step), (\(CreateDirectoryOrder.top) - p) / 2) END)
              WHEN p IS NULL THEN (CASE WHEN n >= 2 THEN n - least(\(CreateDirectoryOrder.step), n / 2) END)
              WHEN n - p >= 2 THEN p + (n - p) / 2 END;
            IF x IS NOT NULL THEN
              UPDATE associations SET directory_position = x WHERE id = NEW.id;
              EXIT;
            END IF;
            PERFORM directory_make_room(p);
          END LOOP;
          RETURN NULL;
        END $$
        """

    /// The pairs of `old_rows` that no row holds any more leave their lists; the new pairs of
    /// `new_rows` join theirs.
    static func change(removed: String, added: String?) -> String {
        var statements = ["""
            WITH gone AS (SELECT term, pos >> \(chunkShift) AS chunk, array_agg(pos) AS ps FROM (\(removed)
              EXCEPT \(pairs("associations")) AND r.directory_position IN (SELECT directory_position FROM old_rows)) x GROUP BY 1, 2)
            UPDATE directory_postings p SET positions = ARRAY(SELECT v FROM unnest(p.positions) AS v WHERE v <> ALL (gone.ps) ORDER BY v)
              FROM gone WHERE p.term = gone.term AND p.chunk = gone.chunk;
            """]
        if let added {
            statements.append("""
                INSERT INTO directory_postings (term, chunk, positions)
                  SELECT term, pos >> \(chunkShift), array_agg(DISTINCT pos ORDER BY pos) FROM (\(added)) x GROUP BY 1, 2
                  ON CONFLICT (term, chunk) DO UPDATE SET
                    positions = ARRAY(SELECT DISTINCT v FROM unnest(directory_postings.positions || excluded.positions) AS v ORDER BY v);
                """)
        }
        return statements.joined(separator: "\n")
    }

    static let postingsOnUpdate = """
        CREATE FUNCTION directory_postings_update() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF \(deferred) OR NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id
            WHERE o.search_vector IS DISTINCT FROM n.search_vector OR o.status IS DISTINCT FROM n.status
              OR o.directory_position IS DISTINCT FROM n.directory_position) THEN RETURN NULL; END IF;
          PERFORM pg_advisory_xact_lock(\(lock));
          \(change(removed: pairs("old_rows") + " EXCEPT " + pairs("new_rows"), added: pairs("new_rows") + " EXCEPT " + pairs("old_rows")))
          RETURN NULL;
        END $$
        """

    static let postingsOnDelete = """
        CREATE FUNCTION directory_postings_delete() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF \(deferred) THEN RETURN NULL; END IF;
          PERFORM pg_advisory_xact_lock(\(lock));
          \(change(removed: pairs("old_rows"), added: nil))
          RETURN NULL;
        END $$
        """

    static let triggers = [
        """
        CREATE FUNCTION directory_unplace() RETURNS trigger LANGUAGE plpgsql AS $$
        BEGIN
          IF TG_OP = 'INSERT' OR NEW.sort_key IS DISTINCT FROM OLD.sort_key THEN NEW.directory_position := NULL; END IF;
          RETURN NEW;
        END $$
        """,
        "CREATE TRIGGER directory_unplace BEFORE INSERT OR UPDATE OF sort_key ON associations FOR EACH ROW EXECUTE FUNCTION directory_unplace()",
        """
        CREATE TRIGGER directory_place AFTER INSERT OR UPDATE OF sort_key ON associations FOR EACH ROW \
        WHEN (NEW.directory_position IS NULL) EXECUTE FUNCTION directory_place()
        """,
        """
        CREATE TRIGGER directory_postings_update AFTER UPDATE ON associations REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows \
        FOR EACH STATEMENT EXECUTE FUNCTION directory_postings_update()
        """,
        """
        CREATE TRIGGER directory_postings_delete AFTER DELETE ON associations REFERENCING OLD TABLE AS old_rows \
        FOR EACH STATEMENT EXECUTE FUNCTION directory_postings_delete()
        """,
    ]
}

/// A bulk load of associations (`seed --scale`) on PostgreSQL: each of its transactions leaves the
/// new rows unplaced, and `finish` numbers them all and builds the posting lists in one pass,
/// where placing them a row at a time would rewrite the lists once per batch. SQLite: nothing.
public enum DirectoryBulkLoad {
    /// Called first in each of the load's transactions.
    public static func begin(on sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw("SELECT set_config('samverka.directory_deferred', 'on', true)").run()
    }

    /// Called once the load is written.
    public static func finish(on sql: any SQLDatabase) async throws {
        guard sql.dialect.name == "postgresql" else { return }
        try await sql.raw("SELECT directory_renumber()").run()
    }
}
