import Foundation
import Crypto
#if canImport(Glibc)
import Glibc
#endif

/// Seals the secrets the database must keep but a reader of it alone must not be able to use
/// (the administrators' TOTP keys): AES-GCM under a key kept outside the database — from
/// SAMVERKA_SECRET_KEY, or else a file `secret.key` made once in the data directory. A copy of
/// the database (a backup, a read-only SQL account) holds only sealed boxes.
package struct SecretBox: Sendable {
    package let key: SymmetricKey

    package struct Unreadable: Error {}

    package func seal(_ bytes: [UInt8]) throws -> String {
        try AES.GCM.seal(bytes, using: key).combined!.base64EncodedString()
    }

    package func open(_ sealed: String) throws -> [UInt8] {
        guard let data = Data(base64Encoded: sealed) else { throw Unreadable() }
        return Array(try AES.GCM.open(try AES.GCM.SealedBox(combined: data), using: key))
    }

    package static let keyFileName = "secret.key"

    /// The configured key, or the data directory's key file (created, readable only by this user, on first use).
    package static func load(_ settings: Settings) throws -> SecretBox {
        if let key = settings.secretKey { return SecretBox(key: SymmetricKey(data: key)) }
        let path = (settings.dataDirectory as NSString).appendingPathComponent(keyFileName)
        try settings.makeDataDirectory()
        if !FileManager.default.fileExists(atPath: path) { try writeNewKey(to: path) }
        let text: String
        do {
            text = try String(contentsOfFile: path, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        } catch {
            throw SettingsError(variable: .dataDirectory, problem: "cannot read the key file \(path): \(Settings.reason(error))")
        }
        guard let data = Data(base64Encoded: text), data.count == 32 else {
            throw SettingsError(variable: .secretKey, problem: "the key file \(path) does not hold 32 bytes in base64")
        }
        return SecretBox(key: SymmetricKey(data: data))
    }

    /// A fresh key, written whole to a file of its own and then linked in under `path`: of two
    /// processes starting at once, one link wins and both read that key, and a key file is never
    /// seen half-written (a short key file would stop every later start).
    private static func writeNewKey(to path: String) throws {
        func failed(_ what: String, _ code: Int32) -> SettingsError {
            SettingsError(variable: .dataDirectory, problem: "cannot \(what) the key file \(path): \(String(cString: strerror(code)))")
        }
        let fresh = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString() + "\n"
        let temporary = path + ".\(UUID().uuidString).new"
        let descriptor = Glibc.open(temporary, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        guard descriptor >= 0 else { throw failed("make", errno) }
        defer { unlink(temporary) }
        let written = fresh.withCString { write(descriptor, $0, strlen($0)) }
        let failure = written < 0 || fsync(descriptor) != 0 ? errno : (written == fresh.utf8.count ? 0 : ENOSPC)
        close(descriptor)
        guard failure == 0 else { throw failed("write", failure) }
        guard link(temporary, path) == 0 || errno == EEXIST else { throw failed("make", errno) }
    }
}
