import Fluent
import Crypto
import Foundation

/// The installation's key for signing the form tokens of visitors without a session, made once
/// here so that every instance finds the same one (see `SignedFormToken`).
struct CreateFormTokenKey: AsyncMigration {
    func prepare(on database: any Database) async throws {
        let key = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0).base64EncodedString() }
        try await AppMeta(key: FormTokenKey.metaKey, value: key).create(on: database)
    }

    func revert(on database: any Database) async throws {
        try await AppMeta.query(on: database).filter(\.$id == FormTokenKey.metaKey).delete()
    }
}
