import Fluent
import SQLKit

/// Full-text search over associations, in each database's own engine. Å, ä and ö stay letters
/// of their own: SQLite's tokenizer is told not to strip diacritics, and PostgreSQL's Swedish
/// configuration has no unaccent step.
struct CreateAssociationSearch: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if database.isPostgres {
            try await FullTextIndex.addVector(Self.words, to: Association.schema, on: sql)
        } else {
            // An external-content index over the table's own columns, kept current by triggers.
            try await sql.raw("""
                CREATE VIRTUAL TABLE associations_fts USING fts5(
                  name, description, easy_read_description, competences,
                  content='associations', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0')
                """).run()
            let columns = "name, description, easy_read_description, competences"
            let new = "new.name, new.description, new.easy_read_description, new.competences"
            let old = "old.name, old.description, old.easy_read_description, old.competences"
            try await sql.raw(SQLQueryString(stringLiteral: """
                CREATE TRIGGER associations_fts_insert AFTER INSERT ON associations BEGIN
                  INSERT INTO associations_fts(rowid, \(columns)) VALUES (new.rowid, \(new));
                END
                """)).run()
            try await sql.raw(SQLQueryString(stringLiteral: """
                CREATE TRIGGER associations_fts_delete AFTER DELETE ON associations BEGIN
                  INSERT INTO associations_fts(associations_fts, rowid, \(columns)) VALUES ('delete', old.rowid, \(old));
                END
                """)).run()
            try await sql.raw(SQLQueryString(stringLiteral: """
                CREATE TRIGGER associations_fts_update AFTER UPDATE OF \(columns) ON associations BEGIN
                  INSERT INTO associations_fts(associations_fts, rowid, \(columns)) VALUES ('delete', old.rowid, \(old));
                  INSERT INTO associations_fts(rowid, \(columns)) VALUES (new.rowid, \(new));
                END
                """)).run()
        }
    }

    /// PostgreSQL: the words of the text columns, the name weighing most.
    static let words = """
        setweight(to_tsvector('swedish', coalesce(name, '')), 'A') || \
        setweight(to_tsvector('swedish', coalesce(competences, '')), 'B') || \
        to_tsvector('swedish', coalesce(description, '') || ' ' || coalesce(easy_read_description, ''))
        """

    func revert(on database: any Database) async throws {
        let sql = database as! any SQLDatabase
        if database.isPostgres {
            try await sql.raw("ALTER TABLE associations DROP COLUMN search_vector").run()
        } else {
            for trigger in ["insert", "delete", "update"] {
                try await sql.raw(SQLQueryString(stringLiteral: "DROP TRIGGER IF EXISTS associations_fts_\(trigger)")).run()
            }
            try await sql.raw("DROP TABLE IF EXISTS associations_fts").run()
        }
    }
}
