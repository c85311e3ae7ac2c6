import Foundation
import FluentPostgresDriver

/// What an operator reads when `samverka` cannot start on its database. PostgresNIO hides every
/// error behind one generic line so that nothing reaches a visitor; at start-up the reader is
/// whoever set `DATABASE_URL`, and "connection refused" or the server's own "database does not
/// exist" is what they need. Bound values never appear: only the connection's errors are told.
public enum DatabaseFailure {
    /// One line for the error, or nil when it is not the database's.
    public static func line(for error: any Error, settings: Settings) -> String? {
        guard let error = error as? PSQLError else { return nil }
        let place: String
        if case .postgres(let url, _) = settings.storage, let parts = URLComponents(string: url) {
            place = "PostgreSQL at \(parts.host ?? "?"):\(parts.port ?? 5432)\(parts.path) (DATABASE_URL)"
        } else {
            place = "PostgreSQL"
        }
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
}
