import Vapor
import Fluent
import SQLKit
import Domain

/// Reading, checking and storing a person's second factor. Each check that lets someone in is
/// one UPDATE that only succeeds once (a code's time step, a recovery code), so the same code
/// sent twice at once still works once.
package enum SecondFactorStore {
    package enum Used: String {
        case appCode = "app code"
        case recoveryCode = "recovery code"
    }

    package static func isEnrolled(_ userID: UUID, on db: any Database) async throws -> Bool {
        try await TOTPCredential.query(on: db).filter(\.$user.$id == userID).count() > 0
    }

    package static func enrolledSince(_ userID: UUID, on db: any Database) async throws -> Date? {
        try await TOTPCredential.query(on: db).filter(\.$user.$id == userID).first()?.createdAt
    }

    package static func unusedRecoveryCodes(_ userID: UUID, on db: any Database) async throws -> Int {
        try await RecoveryCodeRecord.query(on: db).filter(\.$user.$id == userID).filter(\.$usedAt == nil).count()
    }

    /// Checks what was typed and uses it up; nil when it is wrong or was used already.
    static func check(_ entry: SecondFactor.Entry, for userID: UUID, box: SecretBox, on db: any Database, now: Date) async throws -> Used? {
        let sql = db as! any SQLDatabase
        switch entry {
        case .appCode(let code):
            // A key sealed under another installation's key (a restored backup without secret.key)
            // matches no code; the person's recovery codes still work.
            guard let credential = try await TOTPCredential.query(on: db).filter(\.$user.$id == userID).first(),
                  let secret = try? box.open(credential.secretSealed),
                  let step = OneTimeCodes.totp(secret).matchingStep(code, at: now, after: credential.lastStep)
            else { return nil }
            let taken = try await sql.update(TOTPCredential.schema).set("last_step", to: SQLBind(step))
                .where("id", .equal, SQLBind(credential.id!))
                .where { $0.where("last_step", .is, SQLLiteral.null).orWhere("last_step", .lessThan, SQLBind(step)) }
                .returning("id").all()
            return taken.isEmpty ? nil : .appCode
        case .recoveryCode(let code):
            let taken = try await sql.update(RecoveryCodeRecord.schema).set("used_at", to: SQLBind(now))
                .where("user_id", .equal, SQLBind(userID)).where("code_hash", .equal, SQLBind(OneTimeCodes.hash(recoveryCode: code)))
                .where("used_at", .is, SQLLiteral.null)
                .returning("id").all()
            return taken.isEmpty ? nil : .recoveryCode
        }
    }

    /// Stores a new app key (replacing any earlier one), with `step` as the code already used to
    /// prove it, and ten new recovery codes; returns the codes to show, once.
    package static func enrol(_ userID: UUID, secret: [UInt8], provenAt step: Int64, box: SecretBox, in change: Change) async throws -> [String] {
        try await TOTPCredential.query(on: change.db).filter(\.$user.$id == userID).delete()
        try await TOTPCredential(userID: userID, secretSealed: try box.seal(secret), lastStep: step, now: change.now).create(on: change.db)
        return try await replaceRecoveryCodes(of: userID, in: change)
    }

    static func replaceRecoveryCodes(of userID: UUID, in change: Change) async throws -> [String] {
        try await RecoveryCodeRecord.query(on: change.db).filter(\.$user.$id == userID).delete()
        let codes = OneTimeCodes.newRecoveryCodes()
        try await codes.map { code in
            RecoveryCodeRecord(userID: userID, codeHash: OneTimeCodes.hash(recoveryCode: RecoveryCode.normalized(code)!))
        }.create(on: change.db)
        return codes
    }

    static func remove(_ userID: UUID, in change: Change) async throws {
        try await TOTPCredential.query(on: change.db).filter(\.$user.$id == userID).delete()
        try await RecoveryCodeRecord.query(on: change.db).filter(\.$user.$id == userID).delete()
    }
}
