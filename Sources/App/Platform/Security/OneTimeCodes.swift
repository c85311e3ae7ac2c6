import Vapor
import Crypto
import Domain

/// The crypto behind the second factor: HMAC-SHA1 for TOTP (as RFC 6238 and every
/// authenticator app use it), new secrets and recovery codes from the system's random source.
enum OneTimeCodes {
    static let hmacSHA1: Domain.TOTP.HMAC = { key, message in
        Array(HMAC<Insecure.SHA1>.authenticationCode(for: message, using: SymmetricKey(data: key)))
    }

    static func totp(_ secret: [UInt8]) -> Domain.TOTP {
        Domain.TOTP(secret: secret, hmac: hmacSHA1)
    }

    /// 160 bits, the length RFC 4226 recommends for HMAC-SHA1.
    static func newSecret() -> [UInt8] {
        [UInt8].random(count: 20)
    }

    /// Ten codes as the person writes them down; only their hashes are stored.
    static func newRecoveryCodes() -> [String] {
        (0..<SecondFactor.recoveryCodeCount).map { _ in RecoveryCode.make(from: [UInt8].random(count: 10)) }
    }

    static func hash(recoveryCode normalized: String) -> String {
        SecureToken.hash("recovery:" + normalized)
    }
}
