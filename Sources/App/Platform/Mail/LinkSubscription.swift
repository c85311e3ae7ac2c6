import Vapor
import Fluent
import Domain

/// Mail asked for without an account (new volunteer assignments, the council's news): stored
/// unconfirmed, started by the link in the first mail — a form behind it, so a mail scanner
/// following links starts nothing — and stopped by the link in every later mail.
package protocol LinkSubscription: Model, AnyObject where IDValue == UUID {
    var createdAt: Date { get }
    var email: String { get }
    var token: String { get }
    var confirmedAt: Date? { get set }
    /// The audit log's entity type; its actions are `<entity>.confirm` and `<entity>.stop`.
    static var entityType: String { get }
}

extension LinkSubscription {
    /// The subscription behind a link's token, or "not found".
    static func find(token: String?, on db: any Database) async throws -> Self {
        guard let token, token.count <= 100,
              let found = try await Self.query(on: db).filter(FieldKey("token"), .equal, token).first() else { throw Abort(.notFound) }
        return found
    }

    /// Starts it (replacing the address's earlier ones) or stops it, decided by `AlertDecision`
    /// on the row as read inside the change.
    static func decide(_ id: UUID, stop: Bool, in change: Change) async throws {
        guard try await Self.lock(id, on: change.db), let current = try await Self.find(id, on: change.db) else { throw Abort(.notFound) }
        switch AlertDecision.decide(stop: stop, isConfirmed: current.confirmedAt != nil) {
        case .stop:
            try await current.delete(on: change.db)
            try await change.audit("\(entityType).stop", entityType, id.uuidString, "by the link in a mail")
        case .start:
            try await Self.query(on: change.db).filter(FieldKey("email"), .equal, current.email).filter(\._$id != id).delete()
            current.confirmedAt = change.now
            try await current.update(on: change.db)
            try await change.audit("\(entityType).confirm", entityType, id.uuidString, "by the link in a mail")
        case .nothing:
            // Pressed again (a second tab, a reload): nothing changes, and the log says so.
            try await change.audit("\(entityType).confirm", entityType, id.uuidString, "already started")
        }
    }

    /// Subscriptions never started are deleted after a week. Run by `Housekeeping`.
    static func forgetUnconfirmed(on db: any Database, now: Date) async throws {
        try await Self.query(on: db).filter(.path(["confirmed_at"], schema: schema), .equal, .null)
            .filter(FieldKey("created_at"), .lessThan, now.addingTimeInterval(-7 * 86_400)).delete()
    }
}
