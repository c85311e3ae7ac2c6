import Vapor
import Fluent
import Crypto
import NIOConcurrencyHelpers

/// The CSRF token of a visitor without a session: signed with the installation's secret, kept in
/// a cookie and checked against the form's copy (double submit). Showing a form to an anonymous
/// visitor so writes nothing to the database; the session table holds signed-in people only.
enum SignedFormToken {
    static let cookieName = "samverka_form"
    static let lifetime: TimeInterval = 2 * 3600

    static func make(key: SymmetricKey, now: Date) -> String {
        let payload = "\(SecureToken.make().prefix(22)).\(Int(now.addingTimeInterval(lifetime).timeIntervalSince1970))"
        return payload + "." + mac(payload, key)
    }

    /// Made with this installation's key and not expired.
    static func isValid(_ token: String, key: SymmetricKey, now: Date) -> Bool {
        let parts = token.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, token.count <= 200, let expiry = Double(parts[1]), expiry > now.timeIntervalSince1970 else { return false }
        return SecureToken.constantTimeEquals(mac("\(parts[0]).\(parts[1])", key), String(parts[2]))
    }

    private static func mac(_ payload: String, _ key: SymmetricKey) -> String {
        Data(HMAC<SHA256>.authenticationCode(for: Data(payload.utf8), using: key)).base64EncodedString()
            .replacingOccurrences(of: "+", with: "-").replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }
}

/// The installation's key for signed form tokens: made once by a migration (`CreateFormTokenKey`)
/// and kept in the database, so every instance signs and checks with the same one; read once per process.
final class FormTokenKey: Sendable {
    static let metaKey = "form-token-key"
    private let key = NIOLockedValueBox<SymmetricKey?>(nil)

    func value(on db: any Database) async throws -> SymmetricKey {
        if let known = key.withLockedValue({ $0 }) { return known }
        guard let stored = try await AppMeta.find(Self.metaKey, on: db), let bytes = Data(base64Encoded: stored.value) else {
            throw Abort(.internalServerError, reason: "no form token key")
        }
        let made = SymmetricKey(data: bytes)
        key.withLockedValue { $0 = made }
        return made
    }
}
