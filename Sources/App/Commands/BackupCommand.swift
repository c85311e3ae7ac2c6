import Vapor
import SQLKit

/// `samverka backup FILE`: a consistent copy of the live SQLite database, made by SQLite itself
/// (VACUUM INTO), safe while the server runs. PostgreSQL is backed up with pg_dump.
struct BackupCommand: AsyncCommand {
    /// When the last copy was written (seconds since 1970), for the admin's get-started page.
    static let markerKey = "last_backup"

    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Where to write the copy. Must not exist yet.")
        var file: String
        init() {}
    }

    var help: String { "Writes a consistent copy of the SQLite database to FILE (for PostgreSQL it explains pg_dump)." }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        guard case .sqliteFile = app.settings.storage else {
            context.console.print("""
            This installation uses PostgreSQL. Back it up with pg_dump, for example:
              pg_dump --format=custom --file=\(signature.file) "$DATABASE_URL"
            and restore with: pg_restore --clean --dbname="$DATABASE_URL" \(signature.file)
            """)
            return
        }
        let target = URL(fileURLWithPath: signature.file).path
        guard !FileManager.default.fileExists(atPath: target) else {
            context.console.error("\(target) already exists; choose a new file name.")
            throw ExitCode(1)
        }
        let sql = app.db as! any SQLDatabase
        // VACUUM INTO takes a read transaction: writers carry on, the copy is one point in time.
        try await sql.raw("VACUUM INTO \(bind: target)").run()
        let rows = try await sql.raw("PRAGMA integrity_check").all()
        let verdict = try rows.first?.decode(column: "integrity_check", as: String.self) ?? "unknown"
        context.console.print("Backup written to \(target) (integrity of the live database: \(verdict)).")
        do {
            try await Self.record(target, app)
        } catch {
            // The copy is made; only the note of it is missing, so cron should not see a failure.
            context.console.warning("The backup is written, but noting it for the admin pages failed: \(error)")
        }
    }

    /// Notes the copy, so the get-started page can tell whether backups run every night.
    package static func record(_ target: String, _ app: Application) async throws {
        try await app.change(label: "backup") { change in
            let value = String(change.now.timeIntervalSince1970)
            if let marker = try await AppMeta.find(markerKey, on: change.db) {
                marker.value = value
                try await marker.update(on: change.db)
            } else {
                try await AppMeta(key: markerKey, value: value).create(on: change.db)
            }
            try await change.audit("backup.create", "installation", "sqlite", target)
        }
    }
}
