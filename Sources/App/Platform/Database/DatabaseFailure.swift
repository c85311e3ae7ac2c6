import Foundation
import FluentPostgresDriver
import SQLiteNIO

/// What an operator reads when `samverka` cannot start on its database. PostgresNIO hides every
/// error behind one generic line so that nothing reaches a visitor; at start-up the reader is
/// whoever set `DATABASE_URL` or `SAMVERKA_DATA_DIR`, and "connection refused", the server's own
/// "database does not exist" or "not an SQLite database" is what they need. Bound values never
/// appear: only the connection's and the file's errors are told.
public enum DatabaseFailure {
    /// One line for the error, or nil when it is not the database's.
    public static func line(for error: any Error, settings: Settings) -> String? {
        if let error = error as? PSQLError { return line(error, place: place(settings)) }
        if let error = error as? SQLiteError { return "\(place(settings)): \(sqliteProblem(error))" }
        return nil
    }

    /// The database as the settings name it, without a password.
    static func place(_ settings: Settings) -> String {
        switch settings.storage {
        case .postgres(let url, _):
            guard let parts = URLComponents(string: url) else { return "PostgreSQL (DATABASE_URL)" }
            return "PostgreSQL at \(parts.host ?? "?"):\(parts.port ?? 5432)\(parts.path) (DATABASE_URL)"
        case .sqliteFile(let path), .sqliteScratch(let path):
            return "the SQLite file \(path) (SAMVERKA_DATA_DIR)"
        }
    }

    private static func line(_ error: PSQLError, place: String) -> String {
        switch error.code {
        case .connectionError:
            let cause = error.underlying.map { String(describing: $0) } ?? "no answer"
            return "cannot connect to \(place): \(cause). Is the server running and listening there?"
        case .server:
            let message = error.serverInfo?[.message] ?? "an error"
            let state = error.serverInfo?[.sqlState].map { " (SQLSTATE \($0))" } ?? ""
            return "\(place) answered: \(message)\(state)"
        case .sslUnsupported:
            return "\(place) does not offer TLS, which DATABASE_URL asks for"
        default:
            return "\(place) failed: \(error.code)"
        }
    }

    private static func sqliteProblem(_ error: SQLiteError) -> String {
        switch error.reason {
        case .notADatabase: "is not an SQLite database. Move it away, or point SAMVERKA_DATA_DIR at another folder"
        case .full: "the disk is full"
        case .readOnly, .readonlyDirectory, .permission, .cantOpen:
            "cannot be opened for writing (\(error.message)). The folder and the file must be writable by this user"
        case .corrupt: "is damaged (\(error.message)). Restore it from a backup (samverka backup makes them)"
        default: error.message
        }
    }
}
