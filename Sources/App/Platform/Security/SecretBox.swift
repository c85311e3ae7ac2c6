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
        let fresh = SymmetricKey(size: .bits256).withUnsafeBytes { Data($0) }.base64EncodedString() + "\n"
        // O_EXCL: of two processes starting at once, one writes the file and both read it.
        let descriptor = Glibc.open(path, O_WRONLY | O_CREAT | O_EXCL, 0o600)
        if descriptor >= 0 {
            let written = fresh.withCString { write(descriptor, $0, strlen($0)) }
            let complete = written == fresh.utf8.count && fsync(descriptor) == 0
            let failure = errno
            close(descriptor)
            // A short key file would stop every later start: none is better than half of one.
            guard complete else {
                unlink(path)
                throw SettingsError(variable: .dataDirectory, problem: "cannot write the key file \(path): \(String(cString: strerror(failure)))")
            }
        } else if errno != EEXIST {
            throw SettingsError(variable: .dataDirectory, problem: "cannot make the key file \(path): \(String(cString: strerror(errno)))")
        }
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
}
