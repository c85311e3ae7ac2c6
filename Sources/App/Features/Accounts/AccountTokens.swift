import Vapor
import Fluent
import SQLKit

/// Issuing and redeeming the single-use links sent by mail.
enum AccountTokens {
    /// Creates a token inside a change; returns the secret for the link (only its hash is kept).
    static func issue(_ purpose: AccountToken.Purpose, for userID: UUID, in change: Change) async throws -> String {
        let secret = SecureToken.make()
        try await AccountToken(userID: userID, purpose: purpose, tokenHash: SecureToken.hash(secret),
                               expiresAt: change.now.addingTimeInterval(purpose.lifetime)).create(on: change.db)
        return secret
    }

    /// A token that is unused, unexpired and of the right purpose, or nil.
    static func find(_ secret: String?, _ purpose: AccountToken.Purpose, on db: any Database, now: Date) async throws -> AccountToken? {
        guard let secret, !secret.isEmpty, secret.count <= 100 else { return nil }
        guard let token = try await AccountToken.query(on: db)
            .filter(\.$tokenHash == SecureToken.hash(secret)).filter(\.$purpose == purpose).first(),
            token.usedAt == nil, token.expiresAt > now
        else { return nil }
        return token
    }

    /// Marks the token used, but only if nobody else did so first: two clicks, one effect. One
    /// statement decides, so two transactions at once cannot both see it unused (PostgreSQL).
    static func redeem(_ token: AccountToken, in change: Change) async throws -> Bool {
        let sql = change.db as! any SQLDatabase
        let used = try await sql.update(AccountToken.schema).set("used_at", to: SQLBind(change.now))
            .where("id", .equal, SQLBind(token.id!)).where("used_at", .is, SQLLiteral.null)
            .returning("id").all()
        return used.count == 1
    }

    /// Ends every other unused link of this purpose the person holds: after a reset, an older
    /// reset mail (perhaps in a mailbox someone else reads) opens nothing.
    static func revokeOthers(_ purpose: AccountToken.Purpose, of userID: UUID, in change: Change) async throws {
        try await AccountToken.query(on: change.db).filter(\.$user.$id == userID).filter(\.$purpose == purpose)
            .filter(\.$usedAt == nil).set(\.$usedAt, to: change.now).update()
    }

    static func link(_ app: Application, _ url: String, token: String) -> String {
        app.baseAddress + url + "?token=" + token
    }
}
