@testable import App
import Testing
import Fluent
import SQLKit
import Domain

/// The migrations that put the tags into the search index (70 on SQLite, 71 on PostgreSQL) run
/// for up to a minute on a large register; one that fails or is stopped halfway leaves the
/// database as it was, so it can run again.
@Suite("Tag migrations: all or nothing")
struct TagMigrationTests {
    func columns(_ sql: any SQLDatabase) async throws -> [String] {
        let query: SQLQueryString = sql.dialect.name == "postgresql"
            ? "SELECT column_name AS name FROM information_schema.columns WHERE table_name = 'associations'"
            : "SELECT name FROM pragma_table_info('associations')"
        return try await sql.raw(query).all().map { try $0.decode(column: "name", as: String.self) }
    }

    @Test("a failure halfway leaves no tags column and the index as it was; the migration then runs")
    func halfway() async throws {
        try await TestApp.run { ctx in
            let db = ctx.app.db
            let sql = db as! any SQLDatabase
            let migration: any AsyncMigration = db.isPostgres ? IndexAssociationTagsOnPostgres() : IndexAssociationTags()
            // PostgreSQL's posting lists read the vector: reverted first, made again last.
            if db.isPostgres { try await CreateDirectoryPostingsOnPostgres().revert(on: db) }
            try await migration.revert(on: db)
            #expect(!(try await columns(sql)).contains("tags"))
            // Something already named like the last trigger it makes: the migration fails there.
            let blocker: SQLQueryString = db.isPostgres
                ? "CREATE FUNCTION association_competences_tags_delete() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RETURN NULL; END $$"
                : "CREATE TRIGGER association_competences_tags_delete AFTER DELETE ON association_competences BEGIN SELECT 1; END"
            try await sql.raw(blocker).run()
            await #expect(throws: (any Error).self) { try await migration.prepare(on: db) }
            #expect(!(try await columns(sql)).contains("tags"))
            let search = DirectoryQuery(db)
            var filter = DirectoryQuery.Filter()
            let name = try #require(try await Association.query(on: db).filter(\.$status == .verified).first()?.name)
            filter.terms = SearchTerms(try #require(Words.of(name).first { $0.count >= 4 }))
            // The words through the search index alone, as the other lists filter by a search.
            func found() async throws -> [UUID] {
                try await search.rowsSelect(filter, PageRequest(number: 1)).all().map { try $0.decode(column: "id", as: UUID.self) }
            }
            let before = try await found()
            #expect(!before.isEmpty, "the index is still there")
            try await sql.raw(db.isPostgres ? "DROP FUNCTION association_competences_tags_delete()" : "DROP TRIGGER association_competences_tags_delete").run()
            try await migration.prepare(on: db)
            #expect(try await columns(sql).contains("tags"))
            #expect(try await found() == before)
            if db.isPostgres { try await CreateDirectoryPostingsOnPostgres().prepare(on: db) }
            #expect(try await search.page(filter, PageRequest(number: 1)).items.map(\.id) == before)
        }
    }
}
