import Vapor
import Fluent
import Domain

/// The session and the person behind a request, loaded once by `SessionMiddleware`.
extension Request {
    private struct SessionKey: StorageKey { typealias Value = SessionRecord }
    private struct UserKey: StorageKey { typealias Value = User }
    private struct CookieChangeKey: StorageKey { typealias Value = SessionCookieChange }
    private struct FormTokenKey: StorageKey { typealias Value = String }
    private struct FormTokenShownKey: StorageKey { typealias Value = Bool }
    private struct ActorKey: StorageKey { typealias Value = Actor }

    var sessionRecord: SessionRecord? {
        get { storage[SessionKey.self] }
        set { storage[SessionKey.self] = newValue }
    }

    var currentUser: User? {
        get { storage[UserKey.self] }
        set { storage[UserKey.self] = newValue }
    }

    /// The signed-in person with the associations they represent; anonymous otherwise.
    var actor: Actor {
        get { storage[ActorKey.self] ?? currentUser?.actor ?? .anonymous }
        set { storage[ActorKey.self] = newValue }
    }

    var sessionCookieChange: SessionCookieChange? {
        get { storage[CookieChangeKey.self] }
        set { storage[CookieChangeKey.self] = newValue }
    }

    /// A signed form token issued on this request, for `SessionMiddleware` to set as a cookie.
    var issuedFormToken: String? {
        get { storage[FormTokenKey.self] }
        set { storage[FormTokenKey.self] = newValue }
    }

    /// Whether this page carries a visitor's signed form token (so it is theirs, not to be shared).
    var showsFormToken: Bool {
        get { storage[FormTokenShownKey.self] ?? false }
        set { storage[FormTokenShownKey.self] = newValue }
    }

    /// The CSRF token for this visitor's forms: the session's, or for a visitor without one a
    /// signed token (the one their cookie already holds, while it is good) — no database row.
    func csrfToken() async throws -> String {
        if let record = sessionRecord { return record.csrfToken }
        let key = try await application.formTokenKey.value(on: db)
        showsFormToken = true
        if let held = cookies[SignedFormToken.cookieName]?.string, SignedFormToken.isValid(held, key: key, now: now) { return held }
        let token = SignedFormToken.make(key: key, now: now)
        issuedFormToken = token
        return token
    }
}

enum SessionCookieChange: Sendable {
    case set(token: String)
    case clear
}

/// Creating, rotating and ending sessions. Limits follow OWASP's session guidance.
enum SessionStore {
    static let cookieName = "samverka_session"
    static let absoluteLifetime: TimeInterval = 12 * 3600
    static let idleLimit: TimeInterval = 2 * 3600
    /// Activity is written at most this often, so reading pages does not mean writing rows.
    static let touchInterval: TimeInterval = 5 * 60

    @discardableResult
    static func create(userID: UUID?, on db: any Database, request: Request) async throws -> SessionRecord {
        let token = SecureToken.make()
        let record = SessionRecord(tokenHash: SecureToken.hash(token), userID: userID, csrfToken: SecureToken.make(),
                                   now: request.now, lifetime: absoluteLifetime)
        // Run again if SQLite was busy: a visitor should not see an error for a session row.
        try await db.retryingTransaction { tx in try await record.create(on: tx) }
        request.sessionRecord = record
        request.sessionCookieChange = .set(token: token)
        return record
    }

    /// At sign-in: the old session (and its token) is thrown away and a new one starts.
    static func rotate(to user: User, on db: any Database, request: Request) async throws {
        if let old = request.sessionRecord { try await old.delete(on: db) }
        try await create(userID: try user.requireID(), on: db, request: request)
        request.currentUser = user
    }

    static func end(request: Request) async throws {
        if let record = request.sessionRecord { try await request.db.retryingTransaction { try await record.delete(on: $0) } }
        request.sessionRecord = nil
        request.currentUser = nil
        request.actor = .anonymous
        request.sessionCookieChange = .clear
    }

    /// Finds a live session for a cookie token; expired ones are removed on sight.
    static func load(token: String, request: Request) async throws {
        guard let record = try await SessionRecord.query(on: request.db)
            .filter(\.$tokenHash == SecureToken.hash(token)).first()
        else {
            request.sessionCookieChange = .clear
            return
        }
        let now = request.now
        if now >= record.expiresAt || now.timeIntervalSince(record.lastSeenAt) > idleLimit {
            try await request.db.retryingTransaction { try await record.delete(on: $0) }
            request.sessionCookieChange = .clear
            return
        }
        if let userID = record.$user.id {
            guard let user = try await User.find(userID, on: request.db) else { return }
            request.currentUser = user
            var actor = user.actor
            actor.associationIDs = Set(try await Representative.query(on: request.db)
                .filter(\.$user.$id == userID).all(\.$association.$id).map(AssociationID.init))
            request.actor = actor
        }
        if now.timeIntervalSince(record.lastSeenAt) > touchInterval {
            record.lastSeenAt = now
            // Best effort: a missed touch only shortens the idle window by a few minutes.
            try? await request.db.retryingTransaction { try await record.update(on: $0) }
        }
        request.sessionRecord = record
    }
}
